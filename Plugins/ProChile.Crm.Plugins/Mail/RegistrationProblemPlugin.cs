using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Routing;
using Account = ProChile.Crm.Dataverse.Schema.Account;

namespace ProChile.Crm.Plugins.Mail
{
    /// <summary>
    /// R1: a company saved without region has no regional office, mailbox, time zone or S4 exception; it is
    /// reported to the registration mailbox ("gestión de clientes") by a draft email regarding the company, once
    /// (<see cref="RegistrationProblemReport"/>). Asynchronous: the report never slows or fails the save.
    /// A RUT the C10 check refuses cannot be reported this way: the refused save leaves nothing behind, in
    /// Dataverse a failing step rolls the whole operation back, the report included.
    /// Budget: 0 with a region; without: 1 RetrieveMultiple (settings), 1 RetrieveMultiple (earlier report), +1 Create.
    /// </summary>
    [PluginStep(MessageName.Create, Account.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        PostImageAttributes = new[] { Account.Name, Account.Region },
        Description = "R1: una empresa registrada sin región se informa a la casilla de gestión de clientes (borrador, una vez).")]
    [PluginStep(MessageName.Update, Account.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        FilteringAttributes = new[] { Account.Region },
        PostImageAttributes = new[] { Account.Name, Account.Region },
        Description = "R1: una empresa que queda sin región se informa a la casilla de gestión de clientes (borrador, una vez).")]
    public sealed class RegistrationProblemPlugin : PluginBase
    {
        protected override void Execute(PluginExecution execution)
        {
            var account = execution.GetRequiredPostImage();
            if (ColumnValues.GetChoice(account, Account.Region) is not null)
            {
                return;
            }
            // SYSTEM: the mailboxes are the admin's settings, read whoever saved the company.
            var settings = SettingsReader.Read(execution.SystemService, execution.Tracing);
            var id = execution.PrimaryId;
            var problem = RegistrationProblem.CompanyWithoutRegion(ColumnValues.GetString(account, Account.Name) ?? id.ToString("D"),
                id.ToString("N").Substring(0, 8), "asignarle oficina regional, casilla (R1) y plazos en la hora de su región (D4)");
            RegistrationProblemReport.Send(execution, problem, new Microsoft.Xrm.Sdk.EntityReference(Account.EntityLogicalName, id), settings.Mailboxes);
        }
    }
}
