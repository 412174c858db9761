using System;
using System.Globalization;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N4 (setting): how long a behaviour note stays in force. The protocol does not say; the default is until
    /// it is withdrawn. A limited validity counts whole calendar months from the instant the note came into
    /// force (the start of its deemed notification date, N2).
    /// </summary>
    public sealed class NoteValidity
    {
        /// <summary>The setting's text for the default.</summary>
        public const string UntilWithdrawnText = "hasta-retiro";

        private NoteValidity(int? months)
        {
            Months = months;
        }

        /// <summary>The default: in force from notification until withdrawn.</summary>
        public static NoteValidity UntilWithdrawn { get; } = new NoteValidity(null);

        /// <summary>Null when the note stays in force until withdrawn.</summary>
        public int? Months { get; }

        public static NoteValidity ForMonths(int months)
        {
            if (months < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(months), months, "Una nota de comportamiento rige al menos 1 mes.");
            }
            return new NoteValidity(months);
        }

        /// <summary>The instant a note in force from <paramref name="inForceFromUtc"/> expires; null when it lasts until withdrawn.</summary>
        public DateTime? ExpiresAtUtc(DateTime inForceFromUtc) =>
            Months is int months ? inForceFromUtc.AddMonths(months) : (DateTime?)null;

        /// <summary>Reads the setting's text: "hasta-retiro" or a whole number of months from 1 to 120.</summary>
        public static bool TryParse(string text, out NoteValidity value)
        {
            value = UntilWithdrawn;
            if (string.Equals(text, UntilWithdrawnText, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int months) && months >= 1 && months <= 120)
            {
                value = ForMonths(months);
                return true;
            }
            return false;
        }

        public override string ToString() =>
            Months is int months ? months.ToString(CultureInfo.InvariantCulture) : UntilWithdrawnText;
    }
}
