namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>What a check names a component by: its kind (table, view, step...) and key (name or id).</summary>
    public sealed record ComponentRef(string Kind, string Key, string Display)
    {
        public override string ToString() => Display;
    }

    /// <summary>
    /// One thing wrong with a solution: which check (a stable code, e.g. PCH004), the zip part and component
    /// it is in, what is wrong, and how to fix it. <see cref="File"/> is set when the build can name the
    /// source file the component came from.
    /// </summary>
    public sealed record SolutionProblem(string Code, string Part, ComponentRef? Component, string Message, string Fix)
    {
        public string? File { get; init; }

        /// <summary>One line, in MSBuild's canonical error format so the build lists it as an error.</summary>
        public override string ToString()
        {
            var where = File ?? Part;
            var component = Component == null ? string.Empty : $" [{Component.Display}]";
            return $"{where}: error {Code}:{component} {Message} Corrección: {Fix}";
        }
    }

    /// <summary>The checks' codes, one per kind of problem the issue names.</summary>
    public static class ProblemCodes
    {
        public const string Layout = "PCH000";
        public const string Schema = "PCH001";
        public const string RootComponent = "PCH002";
        public const string Prefix = "PCH003";
        public const string Step = "PCH004";
        public const string OptionValue = "PCH005";
        public const string MissingColumn = "PCH006";
        public const string Reference = "PCH007";
        public const string CustomApi = "PCH008";

        // The app and export-shape checks take 010-012, leaving 008-009 free for checks being added alongside.
        public const string App = "PCH010";
        public const string SystemColumns = "PCH011";
        public const string FormDisplay = "PCH012";
    }
}
