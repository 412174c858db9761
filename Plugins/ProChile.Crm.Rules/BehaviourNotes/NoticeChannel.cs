namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>N2: how a behaviour note reached the company. The deemed notification date, and with it S8, follows it.</summary>
    public enum NoticeChannel
    {
        /// <summary>The protocol's certified letter (Ley 19.880 art. 46): counted from its receipt at the post office.</summary>
        CertifiedLetter = 1,

        /// <summary>The company's Domicilio Digital Único (Ley 21.806, from 1 July 2026): counted from the sending.</summary>
        DigitalAddress = 2,
    }

    public static class NoticeChannelText
    {
        /// <summary>The Spanish name executives see.</summary>
        public static string Label(this NoticeChannel channel) =>
            channel == NoticeChannel.DigitalAddress ? "Domicilio Digital Único" : "Carta certificada";
    }
}
