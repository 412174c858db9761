namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>The column types the local organization models, with the SDK value type each one stores.</summary>
    public enum ColumnType
    {
        /// <summary>Guid (the primary key, or a plain unique identifier column).</summary>
        Uniqueidentifier,

        /// <summary>string, up to the column's maximum length; an empty string is stored as null.</summary>
        String,

        /// <summary>Multiline string.</summary>
        Memo,

        /// <summary>int.</summary>
        Integer,

        /// <summary>long.</summary>
        BigInt,

        /// <summary>decimal, rounded to the column's precision.</summary>
        Decimal,

        /// <summary>double.</summary>
        Double,

        /// <summary>Money, rounded to the column's precision.</summary>
        Money,

        /// <summary>bool.</summary>
        Boolean,

        /// <summary>DateTime, stored in UTC to the second.</summary>
        DateTime,

        /// <summary>EntityReference to one of the column's target tables.</summary>
        Lookup,

        /// <summary>EntityReference to a systemuser or team.</summary>
        Owner,

        /// <summary>EntityReference to an account or contact.</summary>
        Customer,

        /// <summary>OptionSetValue among the column's options.</summary>
        Picklist,

        /// <summary>OptionSetValueCollection among the column's options.</summary>
        MultiSelectPicklist,

        /// <summary>
        /// EntityCollection of activityparty rows (an activity's from, to, cc...): each names a party (partyid, an
        /// EntityReference to one of the column's targets) or only an address (addressused), or both.
        /// </summary>
        PartyList,

        /// <summary>OptionSetValue of statecode.</summary>
        State,

        /// <summary>OptionSetValue of statuscode.</summary>
        Status,
    }
}
