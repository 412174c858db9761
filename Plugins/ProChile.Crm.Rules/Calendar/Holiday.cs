using System;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>Whether a holiday is kept in all of Chile or only in one region (D5).</summary>
    public enum HolidayScope
    {
        /// <summary>A national legal holiday: every office in Chile observes it.</summary>
        National = 0,

        /// <summary>A regional holiday: only the office of <see cref="Holiday.Region"/> observes it.</summary>
        Regional = 1,
    }

    /// <summary>
    /// One legal holiday on one civil date (D5): its Spanish name, whether it is national or regional,
    /// and the law that makes it a holiday. It says nothing about weekends and nothing about time zones:
    /// a holiday is a whole civil day in the office's own zone.
    /// </summary>
    public sealed class Holiday
    {
        /// <summary>Creates a holiday; a regional one names its region's slug (see <see cref="Offices"/>).</summary>
        public Holiday(CivilDate date, string name, HolidayScope scope, string? region, string legalBasis)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"The holiday on {date} has no name; a Spanish name is required.", nameof(name));
            }
            if (string.IsNullOrWhiteSpace(legalBasis))
            {
                throw new ArgumentException($"The holiday '{name}' on {date} cites no law; its legal basis is required.", nameof(legalBasis));
            }
            if (scope == HolidayScope.Regional && string.IsNullOrWhiteSpace(region))
            {
                throw new ArgumentException($"The regional holiday '{name}' on {date} names no region; a region slug is required.", nameof(region));
            }
            if (scope == HolidayScope.National && region != null)
            {
                throw new ArgumentException($"The national holiday '{name}' on {date} names region '{region}'; national holidays have none.", nameof(region));
            }
            Date = date;
            Name = name;
            Scope = scope;
            Region = region;
            LegalBasis = legalBasis;
        }

        /// <summary>A national holiday.</summary>
        public static Holiday National(CivilDate date, string name, string legalBasis) =>
            new Holiday(date, name, HolidayScope.National, null, legalBasis);

        /// <summary>A holiday of one region, named by its slug.</summary>
        public static Holiday Regional(CivilDate date, string name, string region, string legalBasis) =>
            new Holiday(date, name, HolidayScope.Regional, region, legalBasis);

        public CivilDate Date { get; }

        /// <summary>The Spanish name, as shown to executives (e.g. "Viernes Santo").</summary>
        public string Name { get; }

        public HolidayScope Scope { get; }

        /// <summary>The region slug of a regional holiday (e.g. "arica-y-parinacota"); null for a national one.</summary>
        public string? Region { get; }

        /// <summary>The law that makes the day a holiday (e.g. "Ley 19.668").</summary>
        public string LegalBasis { get; }

        /// <summary>Whether the office of <paramref name="region"/> observes this holiday.</summary>
        public bool AppliesTo(string? region) =>
            Scope == HolidayScope.National || string.Equals(Region, region, StringComparison.Ordinal);

        public override string ToString() => Region == null
            ? $"{Date} {Name} ({LegalBasis})"
            : $"{Date} {Name} [{Region}] ({LegalBasis})";
    }
}
