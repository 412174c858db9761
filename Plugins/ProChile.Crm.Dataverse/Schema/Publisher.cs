namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>
    /// The solution's publisher. Every custom name starts with <see cref="Prefix"/>; every choice value of a
    /// global choice lies in <see cref="FirstOptionValue"/>..<see cref="LastOptionValue"/> (Dataverse: option
    /// value prefix × 10 000, plus 0..9 999). Solution/src/Solution.xml carries the same values.
    /// </summary>
    public static class Publisher
    {
        public const string UniqueName = "ProChile";
        public const string SolutionUniqueName = "ProChileAtencionUsuarios";
        public const string Prefix = "pch";
        public const int OptionValuePrefix = 16870;
        public const int FirstOptionValue = OptionValuePrefix * 10000;
        public const int LastOptionValue = FirstOptionValue + 9999;
    }
}
