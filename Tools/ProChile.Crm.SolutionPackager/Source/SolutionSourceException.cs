using System;

namespace ProChile.Crm.SolutionPackager.Source
{
    /// <summary>A source file the packer cannot read: names the file, what is wrong and what is accepted.</summary>
    public sealed class SolutionSourceException : Exception
    {
        public SolutionSourceException(string file, string problem)
            : base($"{file}: {problem}")
        {
            File = file;
            Problem = problem;
        }

        public string File { get; }

        public string Problem { get; }
    }
}
