using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.WorkflowActivities.Execution
{
    /// <summary>
    /// An input of a workflow activity that cannot be used. Carries the input's Spanish label and the value as
    /// given; the message (Spanish) says what is wrong and what is accepted.
    /// </summary>
    public sealed class ActivityInputException : Exception
    {
        public ActivityInputException(string label, object? value, string message) : base(message)
        {
            Label = label;
            Value = value;
        }

        /// <summary>The input's label as the designer shows it, e.g. "Fecha de inicio".</summary>
        public string Label { get; }

        /// <summary>The value as given (null when missing).</summary>
        public object? Value { get; }

        internal static ActivityInputException Missing(string label, string expected) =>
            new ActivityInputException(label, null, $"Falta «{label}»; se espera {expected}.");

        internal static ActivityInputException Invalid(string label, object? value, string expected) =>
            new ActivityInputException(label, value, $"«{label}» tiene el valor «{Describe(value)}», que no es válido; se espera {expected}.");

        private static string Describe(object? value)
        {
            switch (value)
            {
                case null:
                    return "(vacío)";
                case DateTime instant:
                    return instant.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + (instant.Kind == DateTimeKind.Local ? " (hora local del servidor)" : " UTC");
                case OptionSetValue option:
                    return option.Value.ToString(CultureInfo.InvariantCulture);
                case EntityReference reference:
                    return $"{reference.LogicalName} {reference.Id}";
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                default:
                    return value.ToString() ?? string.Empty;
            }
        }
    }
}
