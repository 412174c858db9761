using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>C4/C6/C7: an account's "Registro de Acciones" as the rules' <see cref="AccountActions"/>, read with one query.</summary>
    public static class ActionRows
    {
        /// <summary>The active actions of an account, with the columns the rules read.</summary>
        public static QueryExpression OfAccount(Guid accountId)
        {
            var query = new QueryExpression(ActionRecord.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(ActionRecord.ActionDate, ActionRecord.Qualifies),
            };
            query.Criteria.AddCondition(ActionRecord.AccountId, ConditionOperator.Equal, accountId);
            query.Criteria.AddCondition(ActionRecord.StateCode, ConditionOperator.Equal, 0);
            return query;
        }

        /// <summary>Reads the account's actions (one RetrieveMultiple). Rows without a date are skipped: the form requires it.</summary>
        public static AccountActions Read(IOrganizationService service, Guid accountId) =>
            AccountActions.Of(service.RetrieveMultiple(OfAccount(accountId)).Entities
                .Where(row => ColumnValues.GetDate(row, ActionRecord.ActionDate) is not null)
                .Select(ToRegisteredAction));

        /// <summary>
        /// C6 (interpretation): the schema records no registrar type, and every CRM user who registers actions is a
        /// regional or commercial executive, so each action counts when it is marked "suma para ser usuaria".
        /// </summary>
        public static RegisteredAction ToRegisteredAction(Entity action) =>
            new RegisteredAction(
                action.Id.ToString("D"),
                ColumnValues.RequireDate(action, ActionRecord.ActionDate, "la fecha de la acción"),
                ColumnValues.GetBool(action, ActionRecord.Qualifies) == true,
                ActionRegistrar.RegionalExecutive);
    }
}
