using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C4/C6/C7: the set of actions registered for one account. Immutable: adding, re-dating and deleting
    /// return a new set, mirroring the Create, Update and Delete of an action row, so user status and
    /// category are always recomputed from the whole set, never patched.
    /// </summary>
    public sealed class AccountActions
    {
        private readonly IReadOnlyList<RegisteredAction> _actions;

        private AccountActions(IReadOnlyList<RegisteredAction> actions)
        {
            _actions = actions;
        }

        public static AccountActions Empty { get; } = new AccountActions(new RegisteredAction[0]);

        /// <summary>A set from the actions read from Dataverse. Ids must be unique.</summary>
        public static AccountActions Of(IEnumerable<RegisteredAction> actions)
        {
            var result = Empty;
            foreach (var action in actions)
            {
                result = result.With(action);
            }
            return result;
        }

        public IReadOnlyList<RegisteredAction> All => new ReadOnlyCollection<RegisteredAction>(_actions.ToArray());

        /// <summary>The actions that count for C6 (and hence for C4 and C7).</summary>
        public IEnumerable<RegisteredAction> Qualifying => _actions.Where(a => a.Qualifies);

        public AccountActions With(RegisteredAction action)
        {
            if (action is null)
            {
                throw new ArgumentNullException(nameof(action));
            }
            if (Find(action.Id) is not null)
            {
                throw new ArgumentException($"La acción «{action.Id}» ya está registrada para esta cuenta.", nameof(action));
            }
            return new AccountActions(_actions.Concat(new[] { action }).ToArray());
        }

        public AccountActions Redated(string id, CivilDate newDate)
        {
            var action = Require(id);
            return new AccountActions(_actions.Select(a => ReferenceEquals(a, action) ? a.WithDate(newDate) : a).ToArray());
        }

        public AccountActions Without(string id)
        {
            var action = Require(id);
            return new AccountActions(_actions.Where(a => !ReferenceEquals(a, action)).ToArray());
        }

        /// <summary>Qualifying actions dated from <paramref name="firstDate"/> to <paramref name="lastDate"/>, both included.</summary>
        public int CountQualifying(CivilDate firstDate, CivilDate lastDate) =>
            Qualifying.Count(a => a.Date >= firstDate && a.Date <= lastDate);

        /// <summary>The date of the latest qualifying action on or before <paramref name="asOfDate"/>; null if none.</summary>
        public CivilDate? LastQualifyingDate(CivilDate asOfDate)
        {
            var dates = Qualifying.Where(a => a.Date <= asOfDate).Select(a => a.Date).ToArray();
            return dates.Length == 0 ? (CivilDate?)null : dates.Max();
        }

        private RegisteredAction? Find(string id) => _actions.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));

        private RegisteredAction Require(string id) =>
            Find(id) ?? throw new ArgumentException($"La acción «{id}» no está registrada para esta cuenta.", nameof(id));
    }
}
