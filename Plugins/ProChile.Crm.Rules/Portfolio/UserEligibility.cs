namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C6: the facts about a company, besides its actions, that user status depends on.</summary>
    public sealed class UserEligibility
    {
        public CompanyOrigin Origin { get; set; } = CompanyOrigin.Chilean;

        /// <summary>Chilean companies: has "inicio de actividades" at the Servicio de Impuestos Internos.</summary>
        public bool HasSiiActivityStart { get; set; }

        /// <summary>Foreign companies (and C9 Empresas Activas Internacionales): registered in CRM by the commercial office.</summary>
        public bool RegisteredByCommercialOffice { get; set; }
    }
}
