using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Rules.Routing;
using EmailActivity = ProChile.Crm.Dataverse.Schema.EmailActivity;

namespace ProChile.Crm.Plugins.Mail
{
    /// <summary>
    /// R1: reports a registration problem to the registration mailbox by a draft email regarding the company, once:
    /// a problem whose email (same subject, same company) exists already is not reported again.
    /// Budget: 1 RetrieveMultiple (existing report), +1 Create when it is new.
    /// </summary>
    internal static class RegistrationProblemReport
    {
        public static bool Send(PluginExecution execution, RegistrationProblem problem, EntityReference company, RegionalMailboxes mailboxes)
        {
            var query = new QueryExpression(EmailActivity.EntityLogicalName) { ColumnSet = new ColumnSet(EmailActivity.Subject), TopCount = 1 };
            query.Criteria.AddCondition(EmailActivity.Regarding, ConditionOperator.Equal, company.Id);
            query.Criteria.AddCondition(EmailActivity.Subject, ConditionOperator.Equal, problem.Subject);
            // SYSTEM: whether it was reported must not depend on who can see the earlier report.
            if (execution.SystemService.RetrieveMultiple(query).Entities.Count > 0)
            {
                execution.Trace("{0} ya informado a {1}.", problem.Code, mailboxes.RegistrationProblems);
                return false;
            }
            // SYSTEM: the report is the system's, a draft to the registration mailbox that a person reviews and sends.
            execution.SystemService.Create(EmailRows.Email(problem.Subject, problem.Body, company,
                from: null, EmailRows.Address(mailboxes.RegistrationProblems), sendAt: null));
            execution.Trace("{0} informado a {1}.", problem.Code, mailboxes.RegistrationProblems);
            return true;
        }
    }
}
