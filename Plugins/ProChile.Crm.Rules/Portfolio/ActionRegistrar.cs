namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C6: who registered an action in CRM ("Registro de Acciones").</summary>
    public enum ActionRegistrar
    {
        /// <summary>A regional executive (oficina regional).</summary>
        RegionalExecutive = 1,

        /// <summary>A commercial executive (oficina comercial abroad).</summary>
        CommercialExecutive = 2,

        /// <summary>Anyone else (central office staff, integrations): the action does not count for C6.</summary>
        Other = 3,
    }
}
