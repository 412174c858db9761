using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>
    /// A table's statecode values and the statuscode values each allows; the first status of a state is its default.
    /// Immutable: <see cref="State"/> returns a new model.
    /// </summary>
    public sealed class StateModel
    {
        private readonly IReadOnlyList<StateOption> states;

        public StateModel()
            : this(Array.Empty<StateOption>())
        {
        }

        private StateModel(IReadOnlyList<StateOption> states)
        {
            this.states = states;
        }

        /// <summary>Dataverse's default for custom tables: Active (0) with status 1, Inactive (1) with status 2.</summary>
        public static StateModel ActiveInactive { get; } = new StateModel().State(0, "Active", 1).State(1, "Inactive", 2);

        public IReadOnlyList<StateOption> States => states;

        public StateModel State(int value, string name, params int[] statuses)
        {
            if (statuses.Length == 0)
            {
                throw new ArgumentException($"State {value} ({name}) needs at least one status; the first is its default.", nameof(statuses));
            }

            if (states.Any(s => s.Value == value) || states.SelectMany(s => s.Statuses).Intersect(statuses).Any())
            {
                throw new ArgumentException($"State {value} ({name}) repeats a state or status value already declared.", nameof(value));
            }

            return new StateModel(states.Append(new StateOption(value, name, statuses)).ToList());
        }

        public StateOption DefaultState => states[0];

        public StateOption? FindState(int value) => states.FirstOrDefault(s => s.Value == value);

        public StateOption? StateOfStatus(int status) => states.FirstOrDefault(s => s.Statuses.Contains(status));

        public IEnumerable<int> AllStatuses => states.SelectMany(s => s.Statuses);
    }

    /// <summary>One statecode value, its name and the statuscode values it allows (first is the default).</summary>
    public sealed record StateOption(int Value, string Name, IReadOnlyList<int> Statuses)
    {
        public int DefaultStatus => Statuses[0];
    }
}
