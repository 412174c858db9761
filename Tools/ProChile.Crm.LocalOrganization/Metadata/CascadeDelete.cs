namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>What deleting a referenced record does to the records whose lookup points at it.</summary>
    public enum CascadeDelete
    {
        /// <summary>The lookup is cleared (Dataverse's default for custom relationships).</summary>
        RemoveLink,

        /// <summary>The referencing records are deleted too, through the pipeline.</summary>
        Cascade,

        /// <summary>The delete fails while referencing records exist.</summary>
        Restrict,
    }
}
