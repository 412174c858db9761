namespace ProChile.Crm.LocalOrganization
{
    /// <summary>When asynchronous steps run.</summary>
    public enum AsyncStepExecution
    {
        /// <summary>Queued until the test calls <see cref="LocalOrganization.RunPendingAsync"/>, so it can look in between.</summary>
        Queued,

        /// <summary>Run as soon as the outside call that queued them has committed, before it returns.</summary>
        AfterEachOperation,
    }
}
