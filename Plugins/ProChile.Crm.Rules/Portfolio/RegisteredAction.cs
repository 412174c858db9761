using System;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C6: an action registered in CRM for an account. <see cref="Date"/> is the action's local calendar date
    /// (the plugin converts Dataverse's UTC to the office's date); its time of day is ignored.
    /// </summary>
    public sealed class RegisteredAction
    {
        public RegisteredAction(string id, DateTime date, bool countsTowardsUserStatus, ActionRegistrar registeredBy)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("Una acción necesita un identificador.", nameof(id));
            }
            Id = id;
            Date = date.Date;
            CountsTowardsUserStatus = countsTowardsUserStatus;
            RegisteredBy = registeredBy;
        }

        /// <summary>The action's id (the Dataverse row id as text).</summary>
        public string Id { get; }

        /// <summary>The action's local date.</summary>
        public DateTime Date { get; }

        /// <summary>The action type is one "que suma para ser usuaria".</summary>
        public bool CountsTowardsUserStatus { get; }

        public ActionRegistrar RegisteredBy { get; }

        /// <summary>C6: it counts for user status and a regional or commercial executive registered it.</summary>
        public bool Qualifies => CountsTowardsUserStatus && RegisteredBy != ActionRegistrar.Other;

        /// <summary>The same action on another date (a re-dated action).</summary>
        public RegisteredAction WithDate(DateTime date) => new RegisteredAction(Id, date, CountsTowardsUserStatus, RegisteredBy);
    }
}
