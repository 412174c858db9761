using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Identity;
using ProChile.Crm.Rules.Portfolio;
using Account = ProChile.Crm.Dataverse.Schema.Account;

namespace ProChile.Crm.Plugins.Accounts
{
    /// <summary>
    /// C10, C1-C5 on the account, in PreOperation so the computed columns ride on the same write: the RUT checked
    /// and stored in canonical form; segment and, in the portfolio, category, each with its reason; an opt-out
    /// of the follow-up email demotes 2 to 3 and sets the lock (C5), opting back in lifts it; an executive's
    /// manual category (2 or 3) is honoured. The action plugin's write of the last qualifying action is in the
    /// filter, so adding, moving or deleting an action recomputes the category here. The columns this step
    /// writes (segment, reasons, lock) are not in its filter; category is, for the executive's manual change,
    /// and a write of the same value changes nothing.
    /// C6: an edit of the RUT or the SII start of activities recomputes the user years (and the last qualifying action)
    /// from the actions, as the action step does when an action changes.
    /// Budget: no call outside the portfolio; in it 1 query (settings) on Create, 2 (settings, actions) on Update;
    /// outside the portfolio 1 (actions) when the RUT or the SII start changes.
    /// </summary>
    [PluginStep(MessageName.Create, Account.EntityLogicalName, PipelineStage.PreOperation,
        Description = "C10, C1-C5: RUT canónico, segmento y categoría con sus razones.")]
    [PluginStep(MessageName.Update, Account.EntityLogicalName, PipelineStage.PreOperation,
        FilteringAttributes = new[]
        {
            Account.Name, Account.Rut, Account.Region, Account.StateCode, Account.Email, Account.Telephone,
            Account.ValidatedBy, Account.Exporter, Account.ExportPotential, Account.StrategicSector, Account.ExportaMas,
            Account.Category, Account.CategorySetByHand, Account.FollowUpOptOut, Account.LastQualifyingAction,
            Account.SiiActivitiesStarted,
        },
        PreImageAttributes = new[]
        {
            Account.Name, Account.Rut, Account.Region, Account.StateCode, Account.Email, Account.Telephone,
            Account.ValidatedBy, Account.Exporter, Account.ExportPotential, Account.StrategicSector, Account.ExportaMas,
            Account.Category, Account.CategorySetByHand, Account.FollowUpOptOut, Account.FollowUpOptOutLocked,
            Account.SiiActivitiesStarted,
        },
        Description = "C10, C1-C5: RUT canónico, segmento y categoría con sus razones; baja de 2 a 3 al rechazar el correo mensual (C5).")]
    public sealed class AccountClassificationPlugin : PluginBase
    {
        private readonly RegionDates regionDates = new RegionDates();

        protected override void Execute(PluginExecution execution)
        {
            var target = execution.GetRequiredTarget();
            var before = execution.IsUpdate ? execution.GetRequiredPreImage() : null;
            CanonicalizeRut(target);

            var account = RowView.Overlay(before, target);
            AccountActions? actionsRead = null;
            if (execution.IsUpdate && (target.Contains(Account.Rut) || target.Contains(Account.SiiActivitiesStarted)))
            {
                // C6: the user years depend on the RUT and the SII start as well as on the actions; an edit of either
                // recomputes them here (the action step recomputes them when an action changes).
                var today = regionDates.DateAt(ColumnValues.GetChoice(account, Account.Region), execution.NowUtc);
                // C6 reads every action of the company, whichever unit registered it.
                actionsRead = ActionRows.Read(execution.SystemService, execution.PrimaryId);
                UserStatusFacts.Write(target, account, actionsRead, today);
            }
            var segment = SegmentRule.Decide(AccountRow.ToProfile(account));
            target[Account.Segment] = new OptionSetValue(PortfolioChoices.ToChoice(segment.Segment));
            target[Account.SegmentReason] = ColumnText.Fit(segment.Reason.Text, Account.SegmentReasonMaxLength);
            if (segment.Segment != AccountSegment.Portfolio)
            {
                // C3: only CARTERA carries a category; the lock and manual choice stay for when it returns.
                target[Account.Category] = null;
                target[Account.CategoryReason] = null;
                return;
            }

            // The rule reads every setting and every action of the company, not only those the saver may see.
            var settings = SettingsReader.Read(execution.SystemService, execution.Tracing);
            var actions = execution.IsUpdate ? actionsRead ?? ActionRows.Read(execution.SystemService, execution.PrimaryId) : AccountActions.Empty;
            // C4: the rolling window ends on the office's local date (mainland time when the region is not set).
            var asOfDate = regionDates.DateAt(ColumnValues.GetChoice(account, Account.Region), execution.NowUtc);
            var change = new CategoryEvent(before, target, account).Apply(actions, settings, asOfDate, execution);
            target[Account.Category] = new OptionSetValue(PortfolioChoices.ToChoice(change.Decision.Category));
            target[Account.CategoryReason] = ColumnText.Fit(change.Decision.Reason.Text, Account.CategoryReasonMaxLength);
            target[Account.FollowUpOptOutLocked] = change.State.DemotionLock;
            execution.Trace("segmento {0}, categoría {1} ({2}).", segment.Reason.Code, change.Decision.Category, change.Decision.Reason.Code);
        }

        // C10: a RUT in the Target is validated and stored canonical; an empty one is cleared (foreign companies have none).
        private static void CanonicalizeRut(Entity target)
        {
            if (!target.Contains(Account.Rut))
            {
                return;
            }
            var text = ColumnValues.GetString(target, Account.Rut);
            if (text is null)
            {
                target[Account.Rut] = null;
                return;
            }
            if (!Rut.TryParse(text, out var rut, out var problem))
            {
                throw new InvalidPluginExecutionException($"Campo RUT ({Account.Rut}): {problem}");
            }
            target[Account.Rut] = rut!.ToString();
        }
    }
}
