using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Accounts;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using ActionRecord = ProChile.Crm.Dataverse.Schema.ActionRecord;

namespace ProChile.Crm.Plugins.Actions
{
    /// <summary>
    /// C6/C7: after an action is added, moved, re-dated or deleted, recomputes from the account's whole set of
    /// actions the last qualifying action and the last year the company was a user, and writes both on the
    /// account. Both are always written, changed or not: that write is what the account classification step
    /// filters on, so the category (C4) is recomputed there, in one place. An action moved to another account
    /// recomputes both accounts. This step writes only the account, never an action, so it cannot retrigger itself.
    /// Budget per account touched: 1 Retrieve (account), 1 RetrieveMultiple (actions), 1 Update.
    /// </summary>
    [PluginStep(MessageName.Create, ActionRecord.EntityLogicalName, PipelineStage.PostOperation,
        PostImageAttributes = new[] { ActionRecord.AccountId },
        Description = "C6/C7: empresa usuaria del año y última acción en la cuenta; recalcula la categoría (C4).")]
    [PluginStep(MessageName.Update, ActionRecord.EntityLogicalName, PipelineStage.PostOperation,
        FilteringAttributes = new[] { ActionRecord.AccountId, ActionRecord.ActionDate, ActionRecord.Qualifies, ActionRecord.StateCode },
        PreImageAttributes = new[] { ActionRecord.AccountId },
        PostImageAttributes = new[] { ActionRecord.AccountId },
        Description = "C6/C7: recalcula al mover, cambiar de fecha o desactivar una acción.")]
    [PluginStep(MessageName.Delete, ActionRecord.EntityLogicalName, PipelineStage.PostOperation,
        PreImageAttributes = new[] { ActionRecord.AccountId },
        Description = "C6/C7: recalcula al eliminar una acción.")]
    public sealed class ActionUserStatusPlugin : PluginBase
    {
        private readonly RegionDates regionDates = new RegionDates();

        protected override void Execute(PluginExecution execution)
        {
            foreach (var accountId in AccountsTouched(execution))
            {
                Recompute(execution, accountId);
            }
        }

        private static IEnumerable<Guid> AccountsTouched(PluginExecution execution)
        {
            var images = execution.IsDelete
                ? new[] { execution.GetRequiredPreImage() }
                : execution.IsUpdate
                    ? new[] { execution.GetRequiredPreImage(), execution.GetRequiredPostImage() }
                    : new[] { execution.GetRequiredPostImage() };
            return images
                .Select(image => ColumnValues.GetReference(image, ActionRecord.AccountId))
                .Where(reference => reference is not null)
                .Select(reference => reference!.Id)
                .Distinct()
                .ToArray();
        }

        private void Recompute(PluginExecution execution, Guid accountId)
        {
            // C6/C7 read the company and all its actions, whichever unit registered them.
            var account = execution.SystemService.Retrieve(Account.EntityLogicalName, accountId,
                new ColumnSet(Account.Rut, Account.SiiActivitiesStarted, Account.Region));
            var actions = ActionRows.Read(execution.SystemService, accountId);
            var today = regionDates.DateAt(ColumnValues.GetChoice(account, Account.Region), execution.NowUtc);
            var update = new Entity(Account.EntityLogicalName, accountId);
            UserStatusFacts.Write(update, account, actions, today);
            // Bookkeeping on a company the caller may not own (a commercial executive registering an action).
            execution.SystemService.Update(update);
            execution.Trace("cuenta {0}: última acción que suma {1}, último año usuaria {2}.", accountId,
                update[Account.LastQualifyingAction] ?? "ninguna", update[Account.LastUserYear] ?? "ninguno");
        }
    }
}
