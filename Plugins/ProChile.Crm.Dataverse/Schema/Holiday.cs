namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>
    /// pch_holiday (D5): a one-off holiday an administrator adds as data (election, plebiscite and census days,
    /// regional one-offs). Computed holidays (national rules, Ley 20.663, Ley 20.768) are not stored here.
    /// </summary>
    public static class Holiday
    {
        public const string EntityLogicalName = "pch_holiday";
        public const string PrimaryId = "pch_holidayid";
        /// <summary>The holiday's name, e.g. "Elecciones presidenciales".</summary>
        public const string Name = "pch_name";
        public const int NameMaxLength = 200;
        public const string StateCode = "statecode";
        /// <summary>The local calendar date (date only).</summary>
        public const string Date = "pch_date";
        /// <summary>National, regional or communal (<see cref="Choices.HolidayScope"/>).</summary>
        public const string Scope = "pch_scope";
        /// <summary>For regional and communal holidays: the region.</summary>
        public const string Region = "pch_region";
        /// <summary>For communal holidays: the communes, comma separated.</summary>
        public const string Communes = "pch_communes";
        public const int CommunesMaxLength = 300;
        /// <summary>The law or decree, e.g. "Ley 21.xxx".</summary>
        public const string LegalBasis = "pch_legalbasis";
        public const int LegalBasisMaxLength = 200;
    }
}
