namespace ProChile.Crm.Simulation.Portfolio
{
    /// <summary>The synthetic portfolio's assumptions, as named values (not protocol rules: the protocol gives no such figures).</summary>
    public static class PortfolioShares
    {
        /// <summary>C9: companies attended from abroad (importers, no Chilean RUT).</summary>
        public const double Foreign = 0.10;

        /// <summary>C1: registered from a business card, required data missing.</summary>
        public const double RequiredDataMissing = 0.06;

        /// <summary>C3: contact data missing.</summary>
        public const double ContactDataMissing = 0.05;

        /// <summary>C2: not yet validated by the regional executive.</summary>
        public const double NotValidated = 0.04;

        /// <summary>C2: out of the institutional focus.</summary>
        public const double OutOfFocus = 0.06;

        /// <summary>C8: the characterisation form says exporter.</summary>
        public const double Exporter = 0.6;

        /// <summary>C4: Exporta Más members among complete Chilean companies.</summary>
        public const double ExportaMas = 0.1;

        /// <summary>C7: last action 3 to 5 years ago.</summary>
        public const double FormerUser = 0.15;

        /// <summary>C6: last action the year before.</summary>
        public const double UserLastYear = 0.25;

        /// <summary>C6: actions in the year of a complete Chilean company: 0, 1, 2, 3, 4.</summary>
        public static readonly double[] ActionsPerCompany = { 0.35, 0.25, 0.2, 0.12, 0.08 };

        /// <summary>C6: actions that count towards being a user.</summary>
        public const double QualifyingAction = 0.85;

        /// <summary>C5: companies with activity that decline the monthly email.</summary>
        public const double OptOut = 0.12;

        /// <summary>C4 setting: executives who set the category by hand.</summary>
        public const double ManualCategory = 0.03;

        /// <summary>N1: complete Chilean companies that miss a confirmed agenda.</summary>
        public const double NoShow = 0.05;

        /// <summary>N1: no-shows excused by force majeure.</summary>
        public const double ForceMajeure = 0.25;

        /// <summary>S13: importers asking for an agenda in Chile.</summary>
        public const double AgendaInChile = 0.3;

        /// <summary>S14: importers requesting an agenda for a visit.</summary>
        public const double VisitAgenda = 0.25;

        /// <summary>S7: help-centre questions per company.</summary>
        public const double HelpCentreQuestionsPerCompany = 0.12;

        /// <summary>The least share of requests an office answers on time; each office draws its own from here up.</summary>
        public const double LeastOfficeDiligence = 0.7;

        public const double OfficeDiligenceSpread = 0.25;
    }
}
