using System;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N2: one notice of a behaviour note: its channel and the date it left ProChile's hands (the certified letter's
    /// receipt at the post office, or the sending to the DDU). <see cref="DeemedNotifiedOn"/> applies the channel's rule.
    /// </summary>
    public readonly struct Notice : IEquatable<Notice>
    {
        public Notice(NoticeChannel channel, CivilDate dispatchedOn)
        {
            Channel = channel;
            DispatchedOn = dispatchedOn;
        }

        public static Notice CertifiedLetter(CivilDate receivedAtPostOffice) => new Notice(NoticeChannel.CertifiedLetter, receivedAtPostOffice);

        public static Notice DigitalAddress(CivilDate sentOn) => new Notice(NoticeChannel.DigitalAddress, sentOn);

        public NoticeChannel Channel { get; }

        public CivilDate DispatchedOn { get; }

        /// <summary>
        /// The day the note counts as notified: the letter's rule (setting <c>N2.CertifiedLetterLagDays</c>) or the DDU's
        /// (Ley 21.806, fixed). A DDU notice sent before 1 July 2026 is refused (<see cref="NoticeChannelUnavailableException"/>).
        /// </summary>
        public CivilDate DeemedNotifiedOn(BusinessCalendar businessDays, RuleSettings settings)
        {
            if (settings is null)
            {
                throw new ArgumentNullException(nameof(settings));
            }
            return Channel == NoticeChannel.DigitalAddress
                ? DigitalAddressNotice.DeemedNotifiedOn(DispatchedOn, businessDays)
                : CertifiedLetterNotice.DeemedNotifiedOn(DispatchedOn, businessDays, settings.CertifiedLetterLagDays);
        }

        public bool Equals(Notice other) => Channel == other.Channel && DispatchedOn == other.DispatchedOn;

        public override bool Equals(object? obj) => obj is Notice other && Equals(other);

        public override int GetHashCode() => ((int)Channel * 397) ^ DispatchedOn.GetHashCode();

        public override string ToString() => $"{Channel.Label()} {DispatchedOn}";
    }
}
