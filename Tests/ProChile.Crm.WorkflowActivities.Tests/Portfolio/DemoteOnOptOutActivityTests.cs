using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Portfolio;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;
using static ProChile.Crm.WorkflowActivities.Tests.Portfolio.PortfolioRows;

namespace ProChile.Crm.WorkflowActivities.Tests.Portfolio
{
    [TestClass]
    public sealed class DemoteOnOptOutActivityTests
    {
        private static readonly DateTime Now = Utc(2026, 5, 19, 15);

        private const string DemotedReason =
            "Categoría 3 (Trabajo Esporádico): bajó desde la 2 porque pidió no recibir más el correo mensual de seguimiento. Vuelve a la regla de actividad si acepta de nuevo el correo o si su ejecutivo(a) cambia la categoría a mano.";

        private static Dictionary<string, object?> For(EntityReference? company) =>
            new Dictionary<string, object?> { [nameof(DemoteOnOptOutActivity.Company)] = company };

        private static (ActivityHost Host, Guid Company) RegularCompany()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.TrabajoHabitual);
            QualifyingAction(host, company, new DateTime(2025, 11, 3));
            QualifyingAction(host, company, new DateTime(2026, 3, 12));
            return (host, company);
        }

        [TestMethod]
        public void C5_AnOptOutInCategory2DemotesTo3LocksItAndRecordsWhenFromToAndWhy()
        {
            var (host, company) = RegularCompany();

            var outputs = host.Run(new DemoteOnOptOutActivity(), For(Ref(company)));

            Assert.AreEqual(true, outputs[nameof(DemoteOnOptOutActivity.Demoted)]);
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, ((OptionSetValue)outputs[nameof(DemoteOnOptOutActivity.Category)]).Value);
            Assert.AreEqual(DemotedReason, outputs[nameof(DemoteOnOptOutActivity.Reason)]);
            var account = host.Organization.Inspect(Account.EntityLogicalName, company)!;
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, account.GetAttributeValue<OptionSetValue>(Account.Category).Value);
            Assert.AreEqual(true, account.GetAttributeValue<bool>(Account.FollowUpOptOut));
            Assert.AreEqual(true, account.GetAttributeValue<bool>(Account.FollowUpOptOutLocked));
            var history = host.Organization.InspectAll(CategoryHistory.EntityLogicalName).Single();
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, history.GetAttributeValue<OptionSetValue>(CategoryHistory.FromCategory).Value);
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, history.GetAttributeValue<OptionSetValue>(CategoryHistory.ToCategory).Value);
            Assert.AreEqual(Now, history.GetAttributeValue<DateTime>(CategoryHistory.ChangedOn));
            Assert.AreEqual(DemotedReason, history.GetAttributeValue<string>(CategoryHistory.Reason));
        }

        [TestMethod]
        public void C5_ServiceCallBudgetIsARetrieveTheOptOutUpdateAndARetrieveOfTheResult()
        {
            var (host, company) = RegularCompany();

            host.Run(new DemoteOnOptOutActivity(), For(Ref(company)));

            Assert.AreEqual("Retrieve account, Update account, Retrieve account", host.CallSummary);
            Assert.AreEqual("AccountClassificationPlugin, CategoryHistoryPlugin", host.StepSummary);
        }

        [TestMethod]
        public void C5_ASecondOptOutChangesNothingAndWritesNothing()
        {
            var (host, company) = RegularCompany();
            var activity = new DemoteOnOptOutActivity();
            host.Run(activity, For(Ref(company)));

            var second = host.Run(activity, For(Ref(company)));

            Assert.AreEqual(false, second[nameof(DemoteOnOptOutActivity.Demoted)]);
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, ((OptionSetValue)second[nameof(DemoteOnOptOutActivity.Category)]).Value);
            Assert.AreEqual("Retrieve account", host.CallSummary);
            Assert.AreEqual(1, host.Organization.InspectAll(CategoryHistory.EntityLogicalName).Count);
        }

        [TestMethod]
        public void C5_AfterTheDemotionRecomputingKeepsCategory3DespiteTheActivity()
        {
            var (host, company) = RegularCompany();
            host.Run(new DemoteOnOptOutActivity(), For(Ref(company)));

            var outputs = host.Run(new RecomputeCategoryActivity(), new Dictionary<string, object?> { [nameof(RecomputeCategoryActivity.Company)] = Ref(company) });

            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, ((OptionSetValue)outputs[nameof(RecomputeCategoryActivity.Category)]).Value);
            Assert.AreEqual(DemotedReason, outputs[nameof(RecomputeCategoryActivity.Reason)]);
        }

        [TestMethod]
        public void C5_ExportaMasIsUntouchedButTheOptOutIsRecorded()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.ExportaMas, exportaMas: true);

            var outputs = host.Run(new DemoteOnOptOutActivity(), For(Ref(company)));

            Assert.AreEqual(false, outputs[nameof(DemoteOnOptOutActivity.Demoted)]);
            Assert.AreEqual((int)Choices.Category.ExportaMas, ((OptionSetValue)outputs[nameof(DemoteOnOptOutActivity.Category)]).Value);
            var account = host.Organization.Inspect(Account.EntityLogicalName, company)!;
            Assert.AreEqual(true, account.GetAttributeValue<bool>(Account.FollowUpOptOut));
            Assert.AreEqual(false, account.GetAttributeValue<bool>(Account.FollowUpOptOutLocked));
            Assert.AreEqual(0, host.Organization.InspectAll(CategoryHistory.EntityLogicalName).Count);
        }

        [TestMethod]
        public void C5_Category3IsUntouchedAndNotLocked()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.TrabajoEsporadico);

            var outputs = host.Run(new DemoteOnOptOutActivity(), For(Ref(company)));

            Assert.AreEqual(false, outputs[nameof(DemoteOnOptOutActivity.Demoted)]);
            var account = host.Organization.Inspect(Account.EntityLogicalName, company)!;
            Assert.AreEqual(false, account.GetAttributeValue<bool>(Account.FollowUpOptOutLocked));
            Assert.AreEqual(true, account.GetAttributeValue<bool>(Account.FollowUpOptOut));
        }

        [TestMethod]
        public void C3_OutsideThePortfolioOnlyTheOptOutIsRecorded()
        {
            var host = new ActivityHost(Now);
            var company = OutsidePortfolioCompany(host);

            var outputs = host.Run(new DemoteOnOptOutActivity(), For(Ref(company)));

            Assert.AreEqual(false, outputs[nameof(DemoteOnOptOutActivity.Demoted)]);
            Assert.AreEqual("C3: la empresa no está en cartera; la categoría (C4) solo se asigna a empresas de cartera.", outputs[nameof(DemoteOnOptOutActivity.Reason)]);
            Assert.AreEqual(true, host.Organization.Inspect(Account.EntityLogicalName, company)!.GetAttributeValue<bool>(Account.FollowUpOptOut));
            Assert.AreEqual(null, CategoryOf(host, company));
        }

        [TestMethod]
        public void AMissingCompanyIsRefusedInSpanishBeforeAnyServiceCall()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new DemoteOnOptOutActivity(), For(null));

            Assert.AreEqual("«Bajar categoría por rechazo del correo de seguimiento»: Falta «Empresa»; se espera una cuenta (empresa).", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void C5_AFaultWhileRecordingTheHistoryLeavesNothingHalfWrittenAndTheErrorInSpanish()
        {
            var (host, company) = RegularCompany();
            host.Organization.Faults.FailWhen(call => call.MessageName == "Create" && call.EntityName == CategoryHistory.EntityLogicalName, "Servicio no disponible");

            var message = host.RunExpectingError(new DemoteOnOptOutActivity(), For(Ref(company)));

            StringAssert.StartsWith(message, "«Bajar categoría por rechazo del correo de seguimiento»: ");
            StringAssert.Contains(message, "Servicio no disponible");
            Assert.IsTrue(host.Tracing.Lines.Any(line => line.StartsWith("DemoteOnOptOutActivity: error ", StringComparison.Ordinal)));
            var account = host.Organization.Inspect(Account.EntityLogicalName, company)!;
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, account.GetAttributeValue<OptionSetValue>(Account.Category).Value);
            Assert.AreEqual(false, account.GetAttributeValue<bool>(Account.FollowUpOptOut));
            Assert.AreEqual(0, host.Organization.InspectAll(CategoryHistory.EntityLogicalName).Count);
        }
    }
}
