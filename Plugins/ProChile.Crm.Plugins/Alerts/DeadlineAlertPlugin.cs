using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Plugins.Alerts
{
    /// <summary>
    /// D6 warning and breach actions, as D365's own SLAs act on warning and failure: when a request turns «En riesgo»
    /// or «Vencida» (the request step computing it on a user's write, or the daily sweep writing it), its owner gets
    /// a task naming the rule, the company and the due local time, due at the deadline; on a breach, a draft email to
    /// the region's mailbox (R1). Each action is an admin's switch (D6.Alert* settings). The decision is the status
    /// before (pre-image; none on Create) against after (post-image): only a change into at risk or overdue alerts.
    /// The filter names what users and callers write (the request's inputs, from which the request step derives the
    /// status in the same write) and the status itself (which the sweep writes). Asynchronous, after the write
    /// settled, and idempotent (<see cref="AlertActivities.CreateOnce"/>): a retried job creates nothing more.
    /// Budget: nothing when no alert is due; else 1 RetrieveMultiple (settings), +1 Retrieve (company name) when the
    /// image lacks it, 1 RetrieveMultiple + at most 1 Create per alert.
    /// </summary>
    [PluginStep(MessageName.Create, Request.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        PostImageAttributes = new[] { Request.Name, Request.Owner, Request.AccountId, Request.Rule, Request.Office, Request.CommercialOffice, Request.Due, Request.DeadlineStatus },
        Description = "D6: tarea al responsable (y correo a la casilla regional, R1) cuando la solicitud nace en riesgo o vencida.")]
    [PluginStep(MessageName.Update, Request.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        FilteringAttributes = new[]
        {
            Request.AccountId, Request.Rule, Request.Office, Request.CommercialOffice, Request.Channel, Request.Urgency,
            Request.Start, Request.AnsweredOn, Request.VisitDate, Request.DeadlineStatus,
        },
        PreImageAttributes = new[] { Request.DeadlineStatus },
        PostImageAttributes = new[] { Request.Name, Request.Owner, Request.AccountId, Request.Rule, Request.Office, Request.CommercialOffice, Request.Due, Request.DeadlineStatus },
        Description = "D6: tarea al responsable cuando la solicitud pasa a en riesgo o vencida; en el vencimiento, borrador de correo a la casilla regional (R1).")]
    public sealed class DeadlineAlertPlugin : PluginBase
    {
        private static readonly int AtRisk = (int)Choices.DeadlineStatus.AtRisk;
        private static readonly int Overdue = (int)Choices.DeadlineStatus.Overdue;

        // Immutable (zones only), shared by every execution.
        private static readonly RegionDates RegionDates = new RegionDates();

        protected override void Execute(PluginExecution execution)
        {
            var after = execution.GetRequiredPostImage();
            int? status = ColumnValues.GetChoice(after, Request.DeadlineStatus);
            int? before = execution.IsUpdate ? ColumnValues.GetChoice(execution.GetRequiredPreImage(), Request.DeadlineStatus) : null;
            if (status == before || (status != AtRisk && status != Overdue))
            {
                return;
            }

            // Read as SYSTEM: the admins' switches apply whoever wrote the request (often the sweep).
            var alerts = SettingsReader.Read(execution.SystemService, execution.Tracing);
            bool overdue = status == Overdue;
            if (!(overdue ? alerts.Alerts.TaskOverdue || alerts.Alerts.EmailOverdue : alerts.Alerts.TaskAtRisk))
            {
                execution.Trace("alertas de {0} desactivadas por ajuste (D6).", overdue ? "vencimiento" : "riesgo");
                return;
            }

            var alert = RequestAlert.Read(execution, after, RegionDates);
            if (!overdue || alerts.Alerts.TaskOverdue)
            {
                // As SYSTEM: the alert is the platform's bookkeeping, owned by the request's owner, whoever wrote the status.
                bool created = AlertActivities.CreateOnce(execution.SystemService,
                    AlertActivities.Task(alert.Subject(overdue), alert.Description(overdue), alert.Company, alert.Owner, alert.DueUtc));
                execution.Trace("tarea de {0}: {1}.", overdue ? "vencimiento" : "riesgo", created ? "creada" : "ya existía");
            }
            if (overdue && alerts.Alerts.EmailOverdue)
            {
                EmailRegion(execution, alert, alerts.Mailboxes);
            }
        }

        private static void EmailRegion(PluginExecution execution, RequestAlert alert, Rules.Routing.RegionalMailboxes mailboxes)
        {
            if (alert.RegionSlug == null)
            {
                execution.Trace("la solicitud no tiene oficina regional (la debe una oficina comercial); sin correo a casilla regional (R1).");
                return;
            }
            var email = new Entity(EmailActivity.EntityLogicalName)
            {
                [EmailActivity.Subject] = alert.Subject(overdue: true),
                [EmailActivity.Description] = AlertActivities.Description(alert.Description(overdue: true)),
                [EmailActivity.To] = new EntityCollection(new[]
                {
                    new Entity(ActivityParty.EntityLogicalName) { [ActivityParty.AddressUsed] = mailboxes.For(alert.RegionSlug) },
                }),
            };
            if (alert.Company != null) email[EmailActivity.Regarding] = alert.Company;
            if (alert.Owner != null) email[EmailActivity.Owner] = alert.Owner;
            // As SYSTEM: a draft for the region to send, bookkeeping no user wrote.
            bool created = AlertActivities.CreateOnce(execution.SystemService, email);
            execution.Trace("borrador de correo a {0}: {1}.", mailboxes.For(alert.RegionSlug), created ? "creado" : "ya existía");
        }
    }
}
