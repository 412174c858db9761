namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C9: a Chilean company established in a market asks a commercial office for help. With a Chilean RUT it
    /// is a Chilean company (the office informs its region). Without one, it is attended as an "Empresa Activa
    /// Internacional" if it has Chilean capital or is led by Chileans; otherwise it is a foreign company, to be
    /// referred to ProChile's counterpart in that market or a chamber of commerce.
    /// </summary>
    public static class AbroadCompanyRule
    {
        public static readonly DecisionReason HasChileanRut = new DecisionReason(
            "C9.ChileanRut", "C9",
            "Empresa chilena con RUT: se informa a su región de las gestiones de la oficina comercial; si no está en CRM, la región sigue el procedimiento de incorporación.");

        public static readonly DecisionReason ActiveInternational = new DecisionReason(
            "C9.EmpresaActivaInternacional", "C9",
            "Empresa chilena instalada en el exterior sin RUT chileno, de capitales chilenos o liderada por chilenos: se atiende como Empresa Activa Internacional.");

        public static readonly DecisionReason Foreign = new DecisionReason(
            "C9.Foreign", "C9",
            "Sin RUT chileno, ni capitales chilenos ni liderazgo chileno: se considera empresa extranjera; se le recomienda acudir a la institución símil de ProChile en el mercado o a una cámara de comercio.");

        public static AbroadCompanyDecision Decide(bool hasChileanRut, bool hasChileanCapital, bool ledByChileans)
        {
            if (hasChileanRut)
            {
                return new AbroadCompanyDecision(CompanyOrigin.Chilean, HasChileanRut);
            }
            return hasChileanCapital || ledByChileans
                ? new AbroadCompanyDecision(CompanyOrigin.ChileanAbroad, ActiveInternational)
                : new AbroadCompanyDecision(CompanyOrigin.Foreign, Foreign);
        }
    }
}
