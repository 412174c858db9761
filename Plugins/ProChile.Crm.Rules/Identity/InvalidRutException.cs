using System;

namespace ProChile.Crm.Rules.Identity
{
    /// <summary>C10: a value that is not a valid RUT. The message (Spanish) names the value and what is expected.</summary>
    public sealed class InvalidRutException : FormatException
    {
        public InvalidRutException(string? value, string problem) : base(problem)
        {
            Value = value;
        }

        /// <summary>The value as it was given.</summary>
        public string? Value { get; }
    }
}
