using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Mail;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Process;
using ProChile.Crm.Rules.Routing;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using Choices = ProChile.Crm.Dataverse.Schema.Choices;
using EmailActivity = ProChile.Crm.Dataverse.Schema.EmailActivity;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Plugins.Requests
{
    /// <summary>
    /// S4: a request routed to S4 (self-diagnosis Baja outside the exception regions, see
    /// <see cref="RequestRuleSelection"/>) gets the automatic guidance email on behalf of ProChile, recorded in
    /// Dataverse: an <c>email</c> regarding the company, from its region's mailbox (R1) to its contact email, with
    /// the admin's template (settings S4.GuidanceEmailSubject/Body), marked for sending (scheduled now). The
    /// request is then answered at that instant, so the deadline step marks it met. A company without a usable
    /// contact email gets no email: the request's process note says so and it stays open for the executive; a
    /// company without region is also reported to the registration mailbox (R1), once. Never a failure of the save.
    /// Budget: 1 Retrieve (company), 1 RetrieveMultiple (settings), then 1 Create (email) + 1 Update (request);
    /// without contact email, 1 Update; without region, +1 RetrieveMultiple (+1 Create) for the report.
    /// </summary>
    [PluginStep(MessageName.Create, Request.EntityLogicalName, PipelineStage.PostOperation,
        PostImageAttributes = new[] { Request.Rule, Request.AccountId, Request.AnsweredOn },
        Description = "S4: correo automático de orientación desde la casilla de la región (R1); la solicitud se cumple al registrarlo.")]
    public sealed class GuidanceEmailPlugin : PluginBase
    {
        protected override void Execute(PluginExecution execution)
        {
            var request = execution.GetRequiredPostImage();
            var company = ColumnValues.GetReference(request, Request.AccountId);
            if (ColumnValues.GetChoice(request, Request.Rule) != (int)Choices.DeadlineRule.S4 || company is null
                || ColumnValues.GetInstant(request, Request.AnsweredOn) is not null)
            {
                return;
            }
            // SYSTEM: the email goes to the company's contact data whoever saved the request (e.g. the portal's user).
            var account = execution.SystemService.Retrieve(Account.EntityLogicalName, company.Id,
                new ColumnSet(Account.Name, Account.Email, Account.Region, Account.Owner));
            var settings = SettingsReader.Read(execution.SystemService, execution.Tracing);
            var name = ColumnValues.GetString(account, Account.Name) ?? company.Id.ToString("D");
            var region = ColumnValues.GetChoice(account, Account.Region);
            if (region is null || !RegionChoices.TryGetOfficeSlug(region.Value, out var slug))
            {
                Note(execution, "S4: la empresa no tiene región en CRM; no se puede elegir la casilla de su oficina (R1) para el correo de orientación. Se informó a la casilla de registro.");
                RegistrationProblemReport.Send(execution,
                    RegistrationProblem.CompanyWithoutRegion(name, company.Id.ToString("N").Substring(0, 8), "el correo automático de orientación (S4)"),
                    company, settings.Mailboxes);
                return;
            }

            var email = GuidanceEmail.For(name, ColumnValues.GetString(account, Account.Email), slug, settings);
            if (!email.CanBeSent)
            {
                Note(execution, email.MissingContact!);
                return;
            }
            var row = EmailRows.Email(ColumnText.Fit(email.Subject, EmailActivity.SubjectMaxLength), email.Body, company, EmailRows.Address(email.From), EmailRows.Party(company, email.To), execution.NowUtc);
            if (ColumnValues.GetReference(account, Account.Owner) is EntityReference owner)
            {
                row[EmailActivity.Owner] = owner;
            }
            // SYSTEM: the email is ProChile's, recorded under the company's executive; the caller may not own it.
            var emailId = execution.SystemService.Create(row);
            // SYSTEM: recording the email is what S4 owes; the answer instant is bookkeeping.
            execution.SystemService.Update(new Entity(Request.EntityLogicalName, execution.PrimaryId) { [Request.AnsweredOn] = execution.NowUtc });
            execution.Trace("S4: correo {0} de {1} a {2}.", emailId, email.From, email.To ?? string.Empty);
        }

        private static void Note(PluginExecution execution, string note)
        {
            // SYSTEM: the process note is the system's message to the executive.
            execution.SystemService.Update(new Entity(Request.EntityLogicalName, execution.PrimaryId) { [Request.ProcessNote] = ColumnText.Fit(note, Request.ProcessNoteMaxLength) });
            execution.Trace("{0}", note);
        }
    }
}
