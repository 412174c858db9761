namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C6/C9: how ProChile attends a company, which decides the conditions for user status.</summary>
    public enum CompanyOrigin
    {
        /// <summary>A company with a Chilean RUT: needs "inicio de actividades" at SII (C6).</summary>
        Chilean = 1,

        /// <summary>C9: a Chilean company abroad without a Chilean RUT, attended as "Empresa Activa Internacional".</summary>
        ChileanAbroad = 2,

        /// <summary>A foreign company, registered and attended by a commercial office.</summary>
        Foreign = 3,
    }
}
