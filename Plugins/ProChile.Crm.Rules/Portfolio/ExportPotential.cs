namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C8: the export potential the self-diagnosis test ("Test de Autodiagnóstico") rates.</summary>
    public enum ExportPotential
    {
        /// <summary>Alta.</summary>
        High = 1,

        /// <summary>Media.</summary>
        Medium = 2,

        /// <summary>Baja.</summary>
        Low = 3,
    }
}
