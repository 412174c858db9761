using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>N2: a note sent through a channel the law did not yet provide on its date. The message (Spanish) says from when, and what to use.</summary>
    public sealed class NoticeChannelUnavailableException : InvalidOperationException
    {
        public NoticeChannelUnavailableException(NoticeChannel channel, CivilDate sentOn, CivilDate availableFrom)
            : base($"La notificación por «{channel.Label()}» rige desde el {SpanishFormat.Date(availableFrom.ToDateTime())} (Ley 21.806); una nota enviada el {SpanishFormat.Date(sentOn.ToDateTime())} se notifica por «{NoticeChannel.CertifiedLetter.Label()}»: elija ese canal o corrija la fecha de envío.")
        {
            Channel = channel;
            SentOn = sentOn;
            AvailableFrom = availableFrom;
        }

        public NoticeChannel Channel { get; }

        public CivilDate SentOn { get; }

        public CivilDate AvailableFrom { get; }
    }
}
