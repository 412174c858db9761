using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C6: an action registered in CRM for an account. <see cref="Date"/> is the action's civil date in the
    /// office's zone (the plugin converts Dataverse's UTC instant with <see cref="OfficeCalendar.DateAt"/>).
    /// </summary>
    public sealed class RegisteredAction
    {
        public RegisteredAction(string id, CivilDate date, bool countsTowardsUserStatus, ActionRegistrar registeredBy)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("Una acción necesita un identificador.", nameof(id));
            }
            Id = id;
            Date = date;
            CountsTowardsUserStatus = countsTowardsUserStatus;
            RegisteredBy = registeredBy;
        }

        /// <summary>The action's id (the Dataverse row id as text).</summary>
        public string Id { get; }

        /// <summary>The action's local date.</summary>
        public CivilDate Date { get; }

        /// <summary>The action type is one "que suma para ser usuaria".</summary>
        public bool CountsTowardsUserStatus { get; }

        public ActionRegistrar RegisteredBy { get; }

        /// <summary>C6: it counts for user status and a regional or commercial executive registered it.</summary>
        public bool Qualifies => CountsTowardsUserStatus && RegisteredBy != ActionRegistrar.Other;

        /// <summary>The same action on another date (a re-dated action).</summary>
        public RegisteredAction WithDate(CivilDate date) => new RegisteredAction(Id, date, CountsTowardsUserStatus, RegisteredBy);
    }
}
