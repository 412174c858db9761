using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>The registered steps, and which of them run for a message, table, stage and mode, in rank order.</summary>
    internal sealed class StepRegistry
    {
        private readonly List<StepRegistration> steps = new List<StepRegistration>();

        // Which steps run is asked several times per request (every stage and mode); the answer changes only when a
        // step is registered, so it is kept per (message, table, stage, mode) and dropped on every registration.
        private readonly Dictionary<(string Message, string Entity, int Stage, int Mode), IReadOnlyList<StepRegistration>> applicable =
            new Dictionary<(string Message, string Entity, int Stage, int Mode), IReadOnlyList<StepRegistration>>();
        private readonly OrganizationSchema schema;
        private readonly Func<Guid> newId;

        public StepRegistry(OrganizationSchema schema, Func<Guid> newId)
        {
            this.schema = schema;
            this.newId = newId;
        }

        public IReadOnlyList<StepRegistration> All => steps;

        public StepRegistration Register(StepDeclaration declaration, Type pluginType)
        {
            if (declaration.PluginTypeFullName != pluginType.FullName)
            {
                throw new ArgumentException($"Declaration of {declaration.PluginTypeFullName} registered for type {pluginType.FullName}.", nameof(pluginType));
            }

            StepDeclarationRules.Check(declaration, pluginType, schema);
            var registration = new StepRegistration(declaration, pluginType, newId(), steps.Count + 1);
            steps.Add(registration);
            applicable.Clear();
            return registration;
        }

        public IReadOnlyList<StepRegistration> For(string message, string entity, int stage, int mode)
        {
            var key = (message, entity, stage, mode);
            if (!applicable.TryGetValue(key, out var found))
            {
                found = Matching(message, entity, stage, mode);
                applicable.Add(key, found);
            }

            return found;
        }

        // Apart from For, so the lambda's closure is allocated on a cache miss only, not on every call.
        private List<StepRegistration> Matching(string message, string entity, int stage, int mode) =>
            steps.Where(s => s.AppliesTo(message, entity, stage, mode))
                .OrderBy(s => s.Declaration.Rank)
                .ThenBy(s => s.Sequence)
                .ToList();
    }
}
