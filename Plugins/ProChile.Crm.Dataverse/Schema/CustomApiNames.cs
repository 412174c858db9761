namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>The solution's Custom APIs (message names a cloud flow or the Web API calls) and the privileges they need.</summary>
    public static class CustomApiNames
    {
        public const string CalcularPlazo = "pch_CalcularPlazo";
        public const string SumarDiasHabiles = "pch_SumarDiasHabiles";
        public const string ContarDiasHabiles = "pch_ContarDiasHabiles";
        public const string EsDiaHabil = "pch_EsDiaHabil";
        public const string BarrerPlazos = "pch_BarrerPlazos";
        public const string RecalcularCategoria = "pch_RecalcularCategoria";

        /// <summary>
        /// pch_BarrerPlazos' execute privilege: writing settings, which only the portfolio administrator role
        /// (Solution/src/Roles/AdministradorCartera.xml) carries. Dataverse names table privileges prv + action + the
        /// table's schema name (pch_Setting, Solution/src/Tables/pch_setting/Table.xml), as the packer writes roles.
        /// </summary>
        public const string SweepPrivilege = "prvWritepch_Setting";
    }
}
