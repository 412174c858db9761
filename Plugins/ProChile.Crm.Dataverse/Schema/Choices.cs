namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>
    /// The global choices and their values. Each enum's <see cref="OptionSetNames"/> entry is the choice's name
    /// in Solution/src/OptionSets/; member names and values equal the options there (a test holds them equal).
    /// All values lie in the publisher's range (<see cref="Publisher.FirstOptionValue"/>..).
    /// </summary>
    public static class Choices
    {
        /// <summary>The global choice names.</summary>
        public static class OptionSetNames
        {
            public const string Category = "pch_category";
            public const string Segment = "pch_segment";
            public const string Region = "pch_region";
            public const string ExportPotential = "pch_exportpotential";
            public const string Urgency = "pch_urgency";
            public const string Channel = "pch_channel";
            public const string DeadlineStatus = "pch_deadlinestatus";
            public const string NoteStatus = "pch_notestatus";
            public const string DeadlineRule = "pch_deadlinerule";
            public const string HolidayScope = "pch_holidayscope";
            public const string NoticeChannel = "pch_noticechannel";
        }

        /// <summary>C4 categories; the last digit is the protocol's number.</summary>
        public enum Category
        {
            ExportaMas = 168700001,
            TrabajoHabitual = 168700002,
            TrabajoEsporadico = 168700003,
        }

        /// <summary>C3 segments.</summary>
        public enum Segment
        {
            Potential = 168700001,
            OutsidePortfolio = 168700002,
            Portfolio = 168700003,
        }

        /// <summary>R1/D4/D5: Chile's regions, north to south, as in the protocol's mailbox table.</summary>
        public enum Region
        {
            AricaYParinacota = 168700001,
            Tarapaca = 168700002,
            Antofagasta = 168700003,
            Atacama = 168700004,
            Coquimbo = 168700005,
            Valparaiso = 168700006,
            Metropolitana = 168700007,
            OHiggins = 168700008,
            Maule = 168700009,
            Nuble = 168700010,
            Biobio = 168700011,
            Araucania = 168700012,
            LosRios = 168700013,
            LosLagos = 168700014,
            Aysen = 168700015,
            Magallanes = 168700016,
        }

        /// <summary>C8 self-diagnosis result.</summary>
        public enum ExportPotential
        {
            Alta = 168700001,
            Media = 168700002,
            Baja = 168700003,
        }

        /// <summary>S9..S12 urgency of a foreign company's demand.</summary>
        public enum Urgency
        {
            Urgent = 168700001,
            Medium = 168700002,
        }

        /// <summary>Where a request came in.</summary>
        public enum Channel
        {
            CharacterisationForm = 168700001,
            SelfDiagnosisTest = 168700002,
            Executive = 168700003,
            HelpCentre = 168700004,
            OneClickImport = 168700005,
            CommercialOpportunities = 168700006,
            Email = 168700007,
        }

        /// <summary>D6 and compliance: where a deadline stands.</summary>
        public enum DeadlineStatus
        {
            OnTime = 168700001,
            AtRisk = 168700002,
            Overdue = 168700003,
            Met = 168700004,
            Missed = 168700005,
        }

        /// <summary>N3 lifecycle of a behaviour note.</summary>
        public enum NoteStatus
        {
            Draft = 168700001,
            Notified = 168700002,
            DefenceFiled = 168700003,
            Upheld = 168700004,
            Withdrawn = 168700005,
        }

        /// <summary>The protocol's deadlines S1..S14; the last two digits are the rule's number.</summary>
        public enum DeadlineRule
        {
            S1 = 168700001,
            S2 = 168700002,
            S3 = 168700003,
            S4 = 168700004,
            S5 = 168700005,
            S6 = 168700006,
            S7 = 168700007,
            S8 = 168700008,
            S9 = 168700009,
            S10 = 168700010,
            S11 = 168700011,
            S12 = 168700012,
            S13 = 168700013,
            S14 = 168700014,
        }

        /// <summary>D5: who a one-off holiday applies to.</summary>
        public enum HolidayScope
        {
            National = 168700001,
            Regional = 168700002,
            Communal = 168700003,
        }
    
        /// <summary>N2: how a behaviour note was notified (Ley 19.880 art. 46; Ley 21.806 from 1 July 2026).</summary>
        public enum NoticeChannel
        {
            CertifiedLetter = 168700001,
            DigitalAddress = 168700002,
        }
    }
}
