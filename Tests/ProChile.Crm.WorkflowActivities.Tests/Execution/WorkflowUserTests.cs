using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Solution;
using ProChile.Crm.WorkflowActivities.BehaviourNotes;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Execution
{
    /// <summary>An activity's UserService acts as the workflow's owner, checked as that user; the user who started it is only the initiating user.</summary>
    [TestClass]
    public sealed class WorkflowUserTests
    {
        private static Dictionary<string, object?> NoShow(Guid company) => new Dictionary<string, object?>
        {
            [nameof(RegisterBehaviourNoteActivity.Company)] = new EntityReference(Account.EntityLogicalName, company),
            [nameof(RegisterBehaviourNoteActivity.Agenda)] = "Feria Prowine Shanghái, 12-06-2026",
            [nameof(RegisterBehaviourNoteActivity.AgendaConfirmed)] = true,
            [nameof(RegisterBehaviourNoteActivity.Attended)] = false,
            [nameof(RegisterBehaviourNoteActivity.Facts)] = "La empresa no asistió ni avisó.",
        };

        [TestMethod]
        public void N1_ABackgroundWorkflowOwnedByTheRegionalExecutiveLeavesTheNoteAsHer_WhoeverStartedIt()
        {
            var host = new ActivityHost(Utc(2026, 6, 15, 14));
            var office = host.Organization.AddBusinessUnit("Oficina Regional Biobío");
            var regional = host.Organization.AddUser("Ejecutiva Regional", office, SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);
            var commercial = host.Organization.AddUser("Ejecutivo Comercial", host.Organization.AddBusinessUnit("Oficina Comercial Shanghái"), SolutionRoles.BasicUser, SolutionRoles.CommercialExecutive);
            var company = host.Seed(new Entity(Account.EntityLogicalName) { [Account.Name] = "Conservas del Sur S.A.", [Account.Owner] = new EntityReference("systemuser", regional) });
            host.StartedBy(commercial, workflowOwner: regional);

            host.Run(new RegisterBehaviourNoteActivity(), NoShow(company));

            var note = host.Organization.InspectAll(BehaviourNote.EntityLogicalName).Single();
            Assert.AreEqual(regional, note.GetAttributeValue<EntityReference>(BehaviourNote.Owner).Id);
            Assert.AreEqual(regional, note.GetAttributeValue<EntityReference>("createdby").Id);
            Assert.AreEqual(commercial, host.Context.InitiatingUserId);
        }

        [TestMethod]
        public void N1_AWorkflowOwnedByAUserWhoMayNotCreateNotesFailsWithDataversesPrivilegeFault()
        {
            var host = new ActivityHost(Utc(2026, 6, 15, 14));
            var commercial = host.Organization.AddUser("Ejecutivo Comercial", host.Organization.AddBusinessUnit("Oficina Comercial Shanghái"), SolutionRoles.BasicUser, SolutionRoles.CommercialExecutive);
            var company = host.Seed(new Entity(Account.EntityLogicalName) { [Account.Name] = "Conservas del Sur S.A." });
            host.StartedBy(commercial, workflowOwner: commercial);

            var message = host.RunExpectingError(new RegisterBehaviourNoteActivity(), NoShow(company));

            StringAssert.StartsWith(message, "«Registrar nota de comportamiento»: Dataverse rechazó la operación: Principal user (Id=" + commercial);
            StringAssert.Contains(message, "is missing prvCreatepch_BehaviourNote privilege");
            Assert.AreEqual(0, host.Organization.InspectAll(BehaviourNote.EntityLogicalName).Count);
        }
    }
}
