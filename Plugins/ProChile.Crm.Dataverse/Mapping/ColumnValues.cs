using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>
    /// Typed reads of a row's columns. An absent or null column reads as null (the caller decides whether that
    /// is a no-op or an error); a value of the wrong type is an <see cref="InvalidPluginExecutionException"/> in
    /// Spanish naming the table, the column, what came and what is expected, never an InvalidCastException.
    /// The <c>Require...</c> forms turn a missing value into the same kind of error.
    /// </summary>
    public static class ColumnValues
    {
        public static string? GetString(Entity row, string column) =>
            TryRead<string>(row, column, "un texto", out var value) && value.Trim().Length > 0 ? value : null;

        public static bool? GetBool(Entity row, string column) =>
            TryRead<bool>(row, column, "sí o no", out var value) ? value : (bool?)null;

        public static int? GetInt(Entity row, string column) =>
            TryRead<int>(row, column, "un número entero", out var value) ? value : (int?)null;

        /// <summary>A date-and-time column as the UTC instant Dataverse stores.</summary>
        public static DateTime? GetInstant(Entity row, string column) =>
            TryRead<DateTime>(row, column, "una fecha y hora", out var value) ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : (DateTime?)null;

        /// <summary>A date-only column as its civil date (the time of day, always midnight, is ignored).</summary>
        public static CivilDate? GetDate(Entity row, string column) =>
            TryRead<DateTime>(row, column, "una fecha", out var value) ? CivilDate.FromDateTime(value) : (CivilDate?)null;

        /// <summary>A choice column's value.</summary>
        public static int? GetChoice(Entity row, string column) =>
            TryRead<OptionSetValue>(row, column, "una opción de la lista", out var value) ? value.Value : (int?)null;

        public static EntityReference? GetReference(Entity row, string column) =>
            TryRead<EntityReference>(row, column, "una referencia a otro registro", out var value) ? value : null;

        public static string RequireString(Entity row, string column, string expected) =>
            GetString(row, column) ?? throw Missing(row, column, expected);

        public static CivilDate RequireDate(Entity row, string column, string expected) =>
            GetDate(row, column) ?? throw Missing(row, column, expected);

        public static DateTime RequireInstant(Entity row, string column, string expected) =>
            GetInstant(row, column) ?? throw Missing(row, column, expected);

        public static int RequireChoice(Entity row, string column, string expected) =>
            GetChoice(row, column) ?? throw Missing(row, column, expected);

        public static EntityReference RequireReference(Entity row, string column, string expected) =>
            GetReference(row, column) ?? throw Missing(row, column, expected);

        /// <summary>The error for a required column that is absent or empty: names the table, the column and what is expected.</summary>
        public static InvalidPluginExecutionException Missing(Entity row, string column, string expected) =>
            new InvalidPluginExecutionException(
                $"Falta el campo «{column}» en {TableOf(row)}; se espera {expected}.");

        /// <summary>The error for a column whose value is not one the rule accepts.</summary>
        public static InvalidPluginExecutionException Invalid(Entity row, string column, object value, string expected) =>
            new InvalidPluginExecutionException(
                $"El campo «{column}» de {TableOf(row)} tiene el valor «{value}», que no es válido; se espera {expected}.");

        private static bool TryRead<T>(Entity row, string column, string expected, out T value)
        {
            value = default!;
            if (row is null || !row.Attributes.TryGetValue(column, out var raw) || raw is null)
            {
                return false;
            }
            if (raw is T typed)
            {
                value = typed;
                return true;
            }
            throw new InvalidPluginExecutionException(
                $"El campo «{column}» de {TableOf(row)} trae un valor de tipo {raw.GetType().Name} («{raw}»); se espera {expected}.");
        }

        private static string TableOf(Entity row) =>
            row is null ? "el registro" : $"{row.LogicalName} {(row.Id == Guid.Empty ? "(nuevo)" : row.Id.ToString())}";
    }
}
