using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// A registered step: its declaration, the plugin type, and the one plugin instance Dataverse would cache for it
    /// (created on first use and shared by every execution, so a plugin that keeps per-call state in fields shows
    /// the bug here too).
    /// </summary>
    internal sealed class StepRegistration
    {
        private IPlugin? instance;

        public StepRegistration(StepDeclaration declaration, Type pluginType, Guid id, int sequence)
        {
            Declaration = declaration;
            PluginType = pluginType;
            Id = id;
            Sequence = sequence;
        }

        public StepDeclaration Declaration { get; }

        public Type PluginType { get; }

        public Guid Id { get; }

        /// <summary>Registration order, the tie-breaker between steps of equal rank.</summary>
        public int Sequence { get; }

        public IPlugin Plugin => instance ??= Instantiate(PluginType);

        /// <summary>Whether this step fires for the message on the table (an empty or "none" table means every table).</summary>
        public bool AppliesTo(string message, string entity, int stage, int mode) =>
            string.Equals(Declaration.Message, message, StringComparison.OrdinalIgnoreCase)
            && (string.IsNullOrEmpty(Declaration.PrimaryEntity) || Declaration.PrimaryEntity == "none" || Declaration.PrimaryEntity == entity)
            && Declaration.Stage == stage
            && Declaration.Mode == mode;

        /// <summary>Update steps with filtering attributes fire only when the Target holds one of them.</summary>
        public bool PassesFilter(ParameterCollection input)
        {
            if (Declaration.FilteringAttributes.Count == 0 || !string.Equals(Declaration.Message, "Update", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return input.TryGetValue("Target", out var target) && target is Entity entity
                && Declaration.FilteringAttributes.Any(entity.Attributes.ContainsKey);
        }

        /// <summary>The same check against a given set of columns (those the caller sent).</summary>
        public bool PassesFilter(IReadOnlyCollection<string> sentColumns) =>
            Declaration.FilteringAttributes.Count == 0
            || !string.Equals(Declaration.Message, "Update", StringComparison.OrdinalIgnoreCase)
            || Declaration.FilteringAttributes.Any(sentColumns.Contains);

        /// <summary>As Dataverse does: the (unsecure, secure) configuration constructor if there is one, else the parameterless one.</summary>
        internal static IPlugin Instantiate(Type pluginType)
        {
            var withConfigs = pluginType.GetConstructor(new[] { typeof(string), typeof(string) });
            if (withConfigs != null)
            {
                return (IPlugin)withConfigs.Invoke(new object?[] { null, null });
            }

            var withConfig = pluginType.GetConstructor(new[] { typeof(string) });
            if (withConfig != null)
            {
                return (IPlugin)withConfig.Invoke(new object?[] { null });
            }

            return (IPlugin)(Activator.CreateInstance(pluginType)
                ?? throw new InvalidOperationException($"{pluginType.FullName} could not be instantiated."));
        }
    }
}
