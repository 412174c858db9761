namespace ProChile.Crm.SolutionPackager.Dataverse
{
    /// <summary>Solution component types used in solution.xml's RootComponents (Dataverse's solutioncomponent codes).</summary>
    public static class ComponentType
    {
        public const int Entity = 1;
        public const int OptionSet = 9;
        public const int EntityRelationship = 10;
        public const int Role = 20;
        public const int SavedQuery = 26;
        public const int SavedQueryVisualization = 59;
        public const int SystemForm = 60;
        public const int SiteMap = 62;

        /// <summary>A model-driven app. Not in the solutioncomponent table of the docs, but what exports write (e.g. powercat-automation-kit's Solution.xml).</summary>
        public const int AppModule = 80;
        public const int PluginAssembly = 91;
        public const int SdkMessageProcessingStep = 92;

        /// <summary>RootComponent behavior: 0 include subcomponents, 2 include as shell only.</summary>
        public const int IncludeSubcomponents = 0;
        public const int ShellOnly = 2;
    }
}
