namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>Dataverse's stage and mode numbers, as IPluginExecutionContext reports them.</summary>
    public static class PipelineStages
    {
        public const int PreValidation = 10;
        public const int PreOperation = 20;
        public const int MainOperation = 30;
        public const int PostOperation = 40;

        public const int Synchronous = 0;
        public const int Asynchronous = 1;
    }
}
