using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Routing
{
    /// <summary>
    /// The 16 regions of Chile, by the slugs of the calendar's regional <see cref="Offices"/> (one office per
    /// region): a region is the office's slug, so routing and deadlines never disagree on a name. The central
    /// office ("nivel-central") is an office but not a region.
    /// </summary>
    public static class Regions
    {
        /// <summary>The 16 regional slugs, north to south.</summary>
        public static IReadOnlyList<string> Slugs { get; } =
            Array.AsReadOnly(Offices.All.Where(o => o.Slug != Offices.NivelCentral).Select(o => o.Slug).ToArray());

        /// <summary>The regional office of <paramref name="slug"/> (case-insensitive); throws <see cref="UnknownRegionException"/> otherwise.</summary>
        public static Office Require(string? slug)
        {
            var trimmed = (slug ?? string.Empty).Trim();
            if (trimmed == Offices.NivelCentral || !Offices.TryGet(trimmed, out var office))
            {
                throw new UnknownRegionException(slug);
            }
            return office;
        }
    }

    /// <summary>A value that is not one of the 16 region slugs. The message (Spanish) lists the accepted ones.</summary>
    public sealed class UnknownRegionException : ArgumentException
    {
        public UnknownRegionException(string? slug)
            : base($"«{slug}» no es una región; se acepta una de: {string.Join(", ", Regions.Slugs)}.")
        {
            Slug = slug;
        }

        public string? Slug { get; }
    }
}
