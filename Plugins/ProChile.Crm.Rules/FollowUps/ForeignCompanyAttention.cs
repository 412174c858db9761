using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>F3: one attention a commercial office gave a foreign company (advice, agenda, or an activity it joined).</summary>
    public sealed class ForeignCompanyAttention
    {
        public string CompanyId { get; set; } = string.Empty;

        public string CompanyName { get; set; } = string.Empty;

        /// <summary>The commercial executive who attended it (and reviews it at quarter end).</summary>
        public string CommercialExecutive { get; set; } = string.Empty;

        /// <summary>The date of the attention (the office's civil date).</summary>
        public CivilDate AttendedOn { get; set; }

        /// <summary>The company is an importer that answered a ProChile satisfaction survey.</summary>
        public bool AnsweredSatisfactionSurvey { get; set; }

        /// <summary>In that survey it projected business.</summary>
        public bool ProjectedBusiness { get; set; }

        /// <summary>It received contacts of Chilean companies through One Click Import / Oportunidades Comerciales.</summary>
        public bool ReceivedOneClickImportContacts { get; set; }
    }
}
