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
    public sealed class RecomputeCategoryActivityTests
    {
        private static readonly DateTime Now = Utc(2026, 5, 19, 15); // 19-05-2026 in Talca

        private const string RegularByTwoActions =
            "Categoría 2: Trabajo Habitual: 2 acciones que suman entre el 20-05-2025 y el 19-05-2026 (12 meses); la categoría 2 requiere al menos 2 acciones.";

        private static Dictionary<string, object?> For(EntityReference? company) =>
            new Dictionary<string, object?> { [nameof(RecomputeCategoryActivity.Company)] = company };

        private static (ActivityHost Host, Guid Company) OccasionalCompanyWithTwoRecentActions()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.TrabajoEsporadico);
            QualifyingAction(host, company, new DateTime(2025, 11, 3));
            QualifyingAction(host, company, new DateTime(2026, 3, 12));
            return (host, company);
        }

        [TestMethod]
        public void C4_TwoQualifyingActionsInTwelveMonthsLiftCategory3To2WithReasonAndHistory()
        {
            var (host, company) = OccasionalCompanyWithTwoRecentActions();

            var outputs = host.Run(new RecomputeCategoryActivity(), For(Ref(company)));

            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, ((OptionSetValue)outputs[nameof(RecomputeCategoryActivity.Category)]).Value);
            Assert.AreEqual(true, outputs[nameof(RecomputeCategoryActivity.Changed)]);
            Assert.AreEqual(RegularByTwoActions, outputs[nameof(RecomputeCategoryActivity.Reason)]);
            var account = host.Organization.Inspect(Account.EntityLogicalName, company)!;
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, account.GetAttributeValue<OptionSetValue>(Account.Category).Value);
            Assert.AreEqual(RegularByTwoActions, account.GetAttributeValue<string>(Account.CategoryReason));
            var history = host.Organization.InspectAll(CategoryHistory.EntityLogicalName).Single();
            Assert.AreEqual("3: Trabajo Esporádico → 2: Trabajo Habitual", history.GetAttributeValue<string>(CategoryHistory.Name));
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, history.GetAttributeValue<OptionSetValue>(CategoryHistory.FromCategory).Value);
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, history.GetAttributeValue<OptionSetValue>(CategoryHistory.ToCategory).Value);
            Assert.AreEqual(Now, history.GetAttributeValue<DateTime>(CategoryHistory.ChangedOn));
            Assert.AreEqual(RegularByTwoActions, history.GetAttributeValue<string>(CategoryHistory.Reason));
        }

        [TestMethod]
        public void C4_ServiceCallBudgetIsThreeReadsAndOneUpdateWhichTheAccountPluginsCarryThrough()
        {
            var (host, company) = OccasionalCompanyWithTwoRecentActions();

            host.Run(new RecomputeCategoryActivity(), For(Ref(company)));

            Assert.AreEqual("Retrieve account, RetrieveMultiple pch_action, RetrieveMultiple pch_setting, Update account", host.CallSummary);
            Assert.AreEqual("AccountClassificationPlugin, CategoryHistoryPlugin", host.StepSummary);
        }

        [TestMethod]
        public void C4_RunningTwiceWritesNothingTheSecondTime()
        {
            var (host, company) = OccasionalCompanyWithTwoRecentActions();
            var activity = new RecomputeCategoryActivity();
            host.Run(activity, For(Ref(company)));

            var second = host.Run(activity, For(Ref(company)));

            Assert.AreEqual(false, second[nameof(RecomputeCategoryActivity.Changed)]);
            Assert.AreEqual("Retrieve account, RetrieveMultiple pch_action, RetrieveMultiple pch_setting", host.CallSummary);
            Assert.AreEqual(1, host.Organization.InspectAll(CategoryHistory.EntityLogicalName).Count);
        }

        [TestMethod]
        public void C4_AnActionOlderThanTheTwelveMonthWindowDoesNotCount()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.TrabajoEsporadico);
            QualifyingAction(host, company, new DateTime(2025, 5, 19)); // the window starts on 20-05-2025
            QualifyingAction(host, company, new DateTime(2026, 3, 12));

            var outputs = host.Run(new RecomputeCategoryActivity(), For(Ref(company)));

            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, ((OptionSetValue)outputs[nameof(RecomputeCategoryActivity.Category)]).Value);
            Assert.AreEqual(false, outputs[nameof(RecomputeCategoryActivity.Changed)]);
            Assert.AreEqual(0, host.Organization.InspectAll(CategoryHistory.EntityLogicalName).Count);
        }

        [TestMethod]
        public void C4_WhenAnActionAgesOutOfTheWindowWithNobodyTouchingTheAccountCategory2Becomes3WithOneHistoryRow()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.TrabajoHabitual);
            QualifyingAction(host, company, new DateTime(2025, 5, 12)); // in the window a week ago, out of it today
            QualifyingAction(host, company, new DateTime(2026, 3, 12));

            var outputs = host.Run(new RecomputeCategoryActivity(), For(Ref(company)));

            Assert.AreEqual(true, outputs[nameof(RecomputeCategoryActivity.Changed)]);
            Assert.AreEqual("Categoría 3: Trabajo Esporádico: 1 acción que suma entre el 20-05-2025 y el 19-05-2026 (12 meses); la categoría 2 requiere al menos 2 acciones.",
                outputs[nameof(RecomputeCategoryActivity.Reason)]);
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, CategoryOf(host, company));
            var history = host.Organization.InspectAll(CategoryHistory.EntityLogicalName).Single();
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, history.GetAttributeValue<OptionSetValue>(CategoryHistory.FromCategory).Value);
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, history.GetAttributeValue<OptionSetValue>(CategoryHistory.ToCategory).Value);
        }

        [TestMethod]
        public void C4_ACategorySetByHandIsTheExecutivesAndIsNeverWritten()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.TrabajoEsporadico);
            host.Organization.Service.Update(new Entity(Account.EntityLogicalName, company) { [Account.CategorySetByHand] = true, [Account.Category] = new OptionSetValue((int)Choices.Category.TrabajoEsporadico) });
            QualifyingAction(host, company, new DateTime(2025, 11, 3));
            QualifyingAction(host, company, new DateTime(2026, 3, 12));

            var outputs = host.Run(new RecomputeCategoryActivity(), For(Ref(company)));

            Assert.AreEqual(false, outputs[nameof(RecomputeCategoryActivity.Changed)]);
            Assert.AreEqual("Categoría 3: Trabajo Esporádico: fijada a mano por su ejecutivo(a).", outputs[nameof(RecomputeCategoryActivity.Reason)]);
            Assert.AreEqual("Retrieve account, RetrieveMultiple pch_action, RetrieveMultiple pch_setting", host.CallSummary);
        }

        [TestMethod]
        public void C5_ADemotedCompanyStaysIn3WhateverItsActivity()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.TrabajoEsporadico, locked: true);
            QualifyingAction(host, company, new DateTime(2025, 11, 3));
            QualifyingAction(host, company, new DateTime(2026, 3, 12));

            var outputs = host.Run(new RecomputeCategoryActivity(), For(Ref(company)));

            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, ((OptionSetValue)outputs[nameof(RecomputeCategoryActivity.Category)]).Value);
            Assert.AreEqual(false, outputs[nameof(RecomputeCategoryActivity.Changed)]);
        }

        [TestMethod]
        public void C3_ACompanyOutsideThePortfolioIsLeftAloneAfterOneRead()
        {
            var host = new ActivityHost(Now);
            var company = OutsidePortfolioCompany(host);

            var outputs = host.Run(new RecomputeCategoryActivity(), For(Ref(company)));

            Assert.AreEqual(null, outputs[nameof(RecomputeCategoryActivity.Category)]);
            Assert.AreEqual("C3: la empresa no está en cartera; la categoría (C4) solo se asigna a empresas de cartera.", outputs[nameof(RecomputeCategoryActivity.Reason)]);
            Assert.AreEqual("Retrieve account", host.CallSummary);
            Assert.AreEqual(null, CategoryOf(host, company));
        }

        [TestMethod]
        public void AMissingCompanyIsRefusedInSpanishBeforeAnyServiceCall()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new RecomputeCategoryActivity(), For(null));

            Assert.AreEqual("«Recalcular categoría»: Falta «Empresa»; se espera una cuenta (empresa).", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void AReferenceToAnotherTableIsRefusedWithWhatItPointsTo()
        {
            var host = new ActivityHost(Now);
            var contact = new EntityReference("contact", new Guid("11111111-2222-3333-4444-555555555555"));

            var message = host.RunExpectingError(new RecomputeCategoryActivity(), For(contact));

            Assert.AreEqual("«Recalcular categoría»: «Empresa» tiene el valor «contact 11111111-2222-3333-4444-555555555555», que no es válido; se espera una cuenta (empresa).", message);
        }

        [TestMethod]
        public void ACompanyThatDoesNotExistGivesDataversesAnswerNotAnInternalError()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new RecomputeCategoryActivity(), For(Ref(new Guid("11111111-2222-3333-4444-555555555555"))));

            StringAssert.StartsWith(message, "«Recalcular categoría»: Dataverse rechazó la operación: ");
            StringAssert.Contains(message, "11111111-2222-3333-4444-555555555555");
        }

        // Issue 10, defect 8: an unusable stored row costs its own setting, not the activity.
        [TestMethod]
        public void C4_AnUnusableMinimumActionsSettingIsSkippedWithATrace_TheDefaultOfTwoActionsApplies()
        {
            var host = new ActivityHost(Now);
            var company = PortfolioCompany(host, Choices.Category.TrabajoEsporadico);
            host.Seed(new Entity(ActionRecord.EntityLogicalName)
            {
                [ActionRecord.Name] = "Feria",
                [ActionRecord.AccountId] = Ref(company),
                [ActionRecord.ActionDate] = new DateTime(2026, 1, 5),
                [ActionRecord.Qualifies] = true,
            });
            host.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = "C4.MinimumQualifyingActions", [Setting.Value] = "0" });

            var outputs = host.Run(new RecomputeCategoryActivity(), For(Ref(company)));

            // The default (2 actions) applies: one action leaves the company in category 3.
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, ((OptionSetValue)outputs[nameof(RecomputeCategoryActivity.Category)]).Value);
            CollectionAssert.Contains(host.Tracing.Lines,
                "Fila de pch_setting omitida, se usa el valor por defecto: El ajuste C4.MinimumQualifyingActions (C4) tiene el valor «0», que no es válido: se acepta un número entero de 1 a 100. Valor por defecto: «2».");
        }
    }
}
