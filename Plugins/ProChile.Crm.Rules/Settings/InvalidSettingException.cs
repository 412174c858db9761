using System;
using System.Collections.Generic;

namespace ProChile.Crm.Rules.Settings
{
    /// <summary>A setting override that cannot be used. The message (Spanish) names the setting, the value and what is accepted.</summary>
    public sealed class InvalidSettingException : Exception
    {
        private InvalidSettingException(string settingName, string? value, string message) : base(message)
        {
            SettingName = settingName;
            Value = value;
        }

        /// <summary>The key as it was given.</summary>
        public string SettingName { get; }

        /// <summary>The value as it was given.</summary>
        public string? Value { get; }

        internal static InvalidSettingException BadValue(SettingDefinition setting, string value) =>
            new InvalidSettingException(
                setting.Name,
                value,
                $"El ajuste {setting.Name} ({setting.RuleId}) tiene el valor «{value}», que no es válido: {setting.Accepted}. Valor por defecto: «{setting.DefaultText}».");

        internal static InvalidSettingException UnknownName(string name, IEnumerable<string> known) =>
            new InvalidSettingException(
                name,
                null,
                $"«{name}» no es un ajuste conocido. Ajustes conocidos: {string.Join(", ", known)}.");

        internal static InvalidSettingException MissingName(IEnumerable<string> known) =>
            new InvalidSettingException(
                string.Empty,
                null,
                $"Falta la clave del ajuste. Ajustes conocidos: {string.Join(", ", known)}.");

        internal static InvalidSettingException Duplicate(string name) =>
            new InvalidSettingException(
                name,
                null,
                $"El ajuste «{name}» aparece más de una vez; deje un solo valor.");
    }
}
