namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C1-C3: the facts about an account that decide its segment, as the plugin reads them from the account.
    /// A plain input bag: it holds no actions (see <see cref="AccountActions"/>) and no category state.
    /// </summary>
    public sealed class AccountProfile
    {
        /// <summary>C1: every required field (red asterisk in CRM) is filled.</summary>
        public bool RequiredDataComplete { get; set; }

        /// <summary>C2: all contact data is in CRM ("todos sus datos de contacto").</summary>
        public bool ContactDataComplete { get; set; }

        /// <summary>C2/C3: the account is active (not deactivated).</summary>
        public bool IsActive { get; set; }

        /// <summary>C2: validated by its regional executive.</summary>
        public bool ValidatedByRegionalExecutive { get; set; }

        /// <summary>C2: an exporter, or a company with export capacity.</summary>
        public bool ExportsOrHasExportCapacity { get; set; }

        /// <summary>C2: belongs to one of the sectors of the institutional strategy.</summary>
        public bool InStrategicSector { get; set; }

        /// <summary>C2/C4: a member of the Exporta Más programme.</summary>
        public bool IsExportaMas { get; set; }
    }
}
