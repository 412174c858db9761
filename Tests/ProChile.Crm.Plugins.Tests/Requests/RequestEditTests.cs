using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    /// <summary>
    /// The README's "Edits a user can make" rows for pch_request: each edit a user can make on a saved request ends in
    /// a correct recomputation or a Spanish refusal naming the column and what is accepted.
    /// </summary>
    [TestClass]
    public sealed class RequestEditTests : PipelineTest
    {
        protected override bool FiltersSeeCallerColumnsOnly => true;

        // S7 from Monday 03-03-2025 10:00 in Santiago: due Friday 07-03-2025 23:59:59 local, overdue at Now (10-03-2025).
        private static readonly DateTime LastMonday = new DateTime(2025, 3, 3, 13, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime LastFridayDue = new DateTime(2025, 3, 8, 2, 59, 59, DateTimeKind.Utc);

        private Guid OverdueHelpCentreQuestion() => Service.Create(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Consulta CDA",
            [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
            [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
            [Request.Start] = LastMonday,
        });

        private Entity StoredRequest(Guid id) => Stored(Request.EntityLogicalName, id);

        private void Edit(Guid id, string column, object? value) => Service.Update(new Entity(Request.EntityLogicalName, id) { [column] = value });

        [TestMethod]
        public void Issue10Defect1_ClearingTheStartIsRefusedAndTheOverdueRequestKeepsItsStartAndStatus()
        {
            var id = OverdueHelpCentreQuestion();
            Assert.AreEqual((int)Choices.DeadlineStatus.Overdue, Choice(StoredRequest(id), Request.DeadlineStatus));

            var fault = Refused(() => Edit(id, Request.Start, null));

            Assert.AreEqual(
                $"No se puede vaciar el campo «{Request.Start}» de {Request.EntityLogicalName} {id}; se espera el instante del hecho que inicia el plazo (D1-D3): " +
                "escriba el inicio correcto en lugar de borrarlo.",
                fault.Detail.Message);
            var stored = StoredRequest(id);
            Assert.AreEqual(LastMonday, stored.GetAttributeValue<DateTime>(Request.Start));
            Assert.AreEqual(LastFridayDue, stored.GetAttributeValue<DateTime>(Request.Due));
            Assert.AreEqual((int)Choices.DeadlineStatus.Overdue, Choice(stored, Request.DeadlineStatus));
        }

        [TestMethod]
        public void D1_ChangingTheStartRecomputesTheDeadlineFromTheNewStart()
        {
            var id = OverdueHelpCentreQuestion();

            Edit(id, Request.Start, new DateTime(2025, 3, 5, 13, 0, 0, DateTimeKind.Utc));

            // Four business days after Wednesday 05-03-2025: Tuesday 11-03-2025 23:59:59 in Santiago; on time at Now.
            var stored = StoredRequest(id);
            Assert.AreEqual(new DateTime(2025, 3, 12, 2, 59, 59, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(Request.Due));
            Assert.AreEqual((int)Choices.DeadlineStatus.OnTime, Choice(stored, Request.DeadlineStatus));
        }

        [TestMethod]
        public void S7_ClearingTheRuleDerivesItAgainFromTheChannel()
        {
            var id = OverdueHelpCentreQuestion();
            Edit(id, Request.Rule, new OptionSetValue((int)Choices.DeadlineRule.S6));

            Edit(id, Request.Rule, null);

            var stored = StoredRequest(id);
            Assert.AreEqual((int)Choices.DeadlineRule.S7, Choice(stored, Request.Rule));
            Assert.AreEqual(LastFridayDue, stored.GetAttributeValue<DateTime>(Request.Due));
        }

        [TestMethod]
        public void BadInput_ClearingTheRuleOfAnEmailRequestIsRefusedNamingTheRuleAndWhatIsAccepted()
        {
            var id = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Correo",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.Email),
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S6),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
            });

            var fault = Refused(() => Edit(id, Request.Rule, null));

            Assert.AreEqual($"Falta el campo «pch_rule» en pch_request {id}; se espera una de las reglas de plazo S1 a S14 (el canal «correo» no determina la regla).", fault.Detail.Message);
            Assert.AreEqual((int)Choices.DeadlineRule.S6, Choice(StoredRequest(id), Request.Rule));
        }

        [TestMethod]
        public void BadInput_ARuleOutsideS1ToS14IsRefusedNamingTheRuleAndTheRuleStays()
        {
            var id = OverdueHelpCentreQuestion();

            var fault = Refused(() => Edit(id, Request.Rule, new OptionSetValue(1)));

            // Dataverse refuses a value outside the choice itself (picklist out of range); else the request step does.
            if (fault.Detail.ErrorCode != unchecked((int)0x8004431A))
            {
                Assert.AreEqual($"El campo «pch_rule» de pch_request {id} tiene el valor «1», que no es válido; se espera una de las reglas de plazo S1 a S14.", fault.Detail.Message);
            }
            Assert.AreEqual((int)Choices.DeadlineRule.S7, Choice(StoredRequest(id), Request.Rule));
        }

        [TestMethod]
        public void S6_ChangingTheChannelOfARuleTheChannelImpliedMovesTheRuleWithIt()
        {
            var id = OverdueHelpCentreQuestion();
            var executive = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Solicitud al ejecutivo",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.Executive),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
                [Request.Start] = LastMonday,
            });

            Edit(id, Request.Channel, new OptionSetValue((int)Choices.Channel.Executive));

            var stored = StoredRequest(id);
            Assert.AreEqual((int)Choices.DeadlineRule.S6, Choice(stored, Request.Rule));
            Assert.AreEqual(StoredRequest(executive).GetAttributeValue<DateTime>(Request.Due), stored.GetAttributeValue<DateTime>(Request.Due));
        }

        [TestMethod]
        public void S2_ARuleChosenByHandStaysWhenTheChannelChanges()
        {
            var id = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Consulta CDA",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S2),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
                [Request.Start] = LastMonday,
            });
            var due = StoredRequest(id).GetAttributeValue<DateTime>(Request.Due);

            Edit(id, Request.Channel, new OptionSetValue((int)Choices.Channel.Executive));

            Assert.AreEqual((int)Choices.DeadlineRule.S2, Choice(StoredRequest(id), Request.Rule));
            Assert.AreEqual(due, StoredRequest(id).GetAttributeValue<DateTime>(Request.Due));
        }

        [TestMethod]
        public void BadInput_ClearingTheUrgencyOfAnUrgentDemandIsRefusedNamingTheUrgencyAndBothTerms()
        {
            var id = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Demanda importador",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.OneClickImport),
                [Request.Urgency] = new OptionSetValue((int)Choices.Urgency.Urgent),
                [Request.CommercialOffice] = "Asia/Shanghai",
            });

            var fault = Refused(() => Edit(id, Request.Urgency, null));

            Assert.AreEqual($"Falta el campo «pch_urgency» en pch_request {id}; se espera la urgencia de la demanda: urgente (S9, 48 horas) o media (S10, 5 días corridos).", fault.Detail.Message);
            Assert.AreEqual((int)Choices.DeadlineRule.S9, Choice(StoredRequest(id), Request.Rule));
        }

        [TestMethod]
        public void S10_ChangingAnUrgentDemandToMediumMovesTheRuleToS10()
        {
            var id = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Demanda importador",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.OneClickImport),
                [Request.Urgency] = new OptionSetValue((int)Choices.Urgency.Urgent),
                [Request.CommercialOffice] = "Asia/Shanghai",
            });

            Edit(id, Request.Urgency, new OptionSetValue((int)Choices.Urgency.Medium));

            Assert.AreEqual((int)Choices.DeadlineRule.S10, Choice(StoredRequest(id), Request.Rule));
        }

        [TestMethod]
        public void D4_ChangingTheOfficeCountsInTheNewOfficesCalendar()
        {
            Org.Seed(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado regional de prueba",
                [Holiday.Date] = new DateTime(2025, 3, 5),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.Regional),
                [Holiday.Region] = new OptionSetValue((int)Choices.Region.Magallanes),
            });
            var id = OverdueHelpCentreQuestion();

            Edit(id, Request.Office, new OptionSetValue((int)Choices.Region.Magallanes));

            // Magallanes skips its 05-03-2025 holiday: due Monday 10-03-2025 23:59:59 local (UTC-3).
            Assert.AreEqual(new DateTime(2025, 3, 11, 2, 59, 59, DateTimeKind.Utc), StoredRequest(id).GetAttributeValue<DateTime>(Request.Due));
        }

        [TestMethod]
        public void BadInput_ClearingTheOfficeWithoutACommercialOfficeIsRefusedNamingBoth()
        {
            var id = OverdueHelpCentreQuestion();

            var fault = Refused(() => Edit(id, Request.Office, null));

            StringAssert.StartsWith(fault.Detail.Message, $"Falta el campo «pch_office» en pch_request {id}; se espera la región de la oficina que debe responder, o en «pch_commercialoffice»");
        }

        [TestMethod]
        public void S7_ClearingTheAnswerReopensTheDeadlineAndEmptiesCompliance()
        {
            var id = OverdueHelpCentreQuestion();
            Edit(id, Request.AnsweredOn, Now);
            Assert.AreEqual((int)Choices.DeadlineStatus.Missed, Choice(StoredRequest(id), Request.DeadlineStatus));

            Edit(id, Request.AnsweredOn, null);

            var stored = StoredRequest(id);
            Assert.AreEqual((int)Choices.DeadlineStatus.Overdue, Choice(stored, Request.DeadlineStatus));
            Assert.IsFalse(stored.Contains(Request.Compliant));
        }

        [TestMethod]
        public void S14_ClearingTheVisitDateClearsTheShortNoticeFlag()
        {
            var id = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Agenda importador",
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S14),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
                [Request.VisitDate] = new DateTime(2025, 3, 25),
            });
            Assert.IsTrue(StoredRequest(id).GetAttributeValue<bool>(Request.ShortLeadTime));

            Edit(id, Request.VisitDate, null);

            Assert.IsFalse(StoredRequest(id).Contains(Request.ShortLeadTime));
        }

        [TestMethod]
        public void S4_MovingATestResultToAnotherCompanyRoutesItByTheNewCompany()
        {
            Guid Company(Choices.Region region)
            {
                var account = PortfolioAccount();
                account[Account.Region] = new OptionSetValue((int)region);
                account[Account.ExportPotential] = new OptionSetValue((int)Choices.ExportPotential.Baja);
                return Service.Create(account);
            }
            var id = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Resultado del test",
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, Company(Choices.Region.Magallanes)),
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.SelfDiagnosisTest),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
            });
            Assert.AreEqual((int)Choices.DeadlineRule.S3, Choice(StoredRequest(id), Request.Rule));

            Edit(id, Request.AccountId, new EntityReference(Account.EntityLogicalName, Company(Choices.Region.Metropolitana)));

            Assert.AreEqual((int)Choices.DeadlineRule.S4, Choice(StoredRequest(id), Request.Rule));
        }
    }
}
