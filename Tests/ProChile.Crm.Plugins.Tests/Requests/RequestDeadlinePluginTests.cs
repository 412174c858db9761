using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Requests;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    [TestClass]
    public sealed class RequestDeadlinePluginTests : PipelineTest
    {
        private static Entity HelpCentreQuestion() => new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Consulta CDA",
            [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
            [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
        };

        [TestMethod]
        public void S7_AHelpCentreQuestionIsDueAtTheEndOfTheFourthBusinessDay_TwoQueries()
        {
            StartCounting();

            var id = Service.Create(HelpCentreQuestion());

            var stored = Stored(Request.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.DeadlineRule.S7, Choice(stored, Request.Rule));
            Assert.AreEqual(Now, stored.GetAttributeValue<DateTime>(Request.Start));
            Assert.AreEqual("4 días hábiles (S7)", stored.GetAttributeValue<string>(Request.Term));
            // Friday 14-03-2025 23:59:59 in Santiago (UTC-3); at risk from the start of that last business day.
            Assert.AreEqual(new DateTime(2025, 3, 15, 2, 59, 59, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(Request.Due));
            Assert.AreEqual(new DateTime(2025, 3, 14, 3, 0, 0, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(Request.WarningAt));
            Assert.AreEqual((int)Choices.DeadlineStatus.OnTime, Choice(stored, Request.DeadlineStatus));
            Assert.IsFalse(stored.Contains(Request.SkippedDays));
            CollectionAssert.AreEqual(new[] { "RetrieveMultiple pch_setting", "RetrieveMultiple pch_holiday" }, CallsListBy<RequestDeadlinePlugin>());
        }

        [TestMethod]
        public void D5_AOneOffHolidayStoredInDataverseIsSkipped()
        {
            Org.Seed(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado de prueba",
                [Holiday.Date] = new DateTime(2025, 3, 12),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
                [Holiday.LegalBasis] = "Ley 99.999",
            });

            var id = Service.Create(HelpCentreQuestion());

            var stored = Stored(Request.EntityLogicalName, id);
            Assert.AreEqual(new DateTime(2025, 3, 18, 2, 59, 59, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(Request.Due));
            Assert.AreEqual("12-03-2025 Feriado de prueba (Ley 99.999)\n15-03-2025 Sábado\n16-03-2025 Domingo", stored.GetAttributeValue<string>(Request.SkippedDays));
        }

        [TestMethod]
        public void D5_AnotherRegionsOneOffHolidayIsNotSkipped()
        {
            Org.Seed(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado regional de prueba",
                [Holiday.Date] = new DateTime(2025, 3, 12),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.Regional),
                [Holiday.Region] = new OptionSetValue((int)Choices.Region.Magallanes),
            });

            var id = Service.Create(HelpCentreQuestion());

            Assert.AreEqual(new DateTime(2025, 3, 15, 2, 59, 59, DateTimeKind.Utc), Stored(Request.EntityLogicalName, id).GetAttributeValue<DateTime>(Request.Due));
        }

        [TestMethod]
        public void S9_AnUrgentOneClickImportDemandIsDue48HoursLaterInTheCommercialOfficesZone()
        {
            var id = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Demanda importador",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.OneClickImport),
                [Request.Urgency] = new OptionSetValue((int)Choices.Urgency.Urgent),
                [Request.CommercialOffice] = "Asia/Shanghai",
            });

            var stored = Stored(Request.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.DeadlineRule.S9, Choice(stored, Request.Rule));
            Assert.AreEqual(new DateTime(2025, 3, 12, 15, 0, 0, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(Request.Due));
            Assert.AreEqual(new DateTime(2025, 3, 12, 3, 0, 0, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(Request.WarningAt));
        }

        [TestMethod]
        public void BadInput_ADemandWithoutUrgencyIsRefusedNamingTheColumnAndBothTerms()
        {
            var fault = Refused(() => Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Demanda importador",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.CommercialOpportunities),
                [Request.CommercialOffice] = "Asia/Shanghai",
            }));

            AssertNoNullReference(fault);
            Assert.AreEqual("Falta el campo «pch_urgency» en pch_request (nuevo); se espera la urgencia de la demanda: urgente (S9, 48 horas) o media (S10, 5 días corridos).", fault.Detail.Message);
            Assert.AreEqual(0, Org.InspectAll(Request.EntityLogicalName).Count);
        }

        [TestMethod]
        public void BadInput_AnUnknownCommercialOfficeZoneIsRefusedSayingWhatIsAccepted()
        {
            var fault = Refused(() => Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Demanda importador",
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S10),
                [Request.CommercialOffice] = "Shanghái",
            }));

            StringAssert.StartsWith(fault.Detail.Message, "El campo «pch_commercialoffice» de pch_request (nuevo) tiene el valor «Shanghái», que no es válido; se espera la zona horaria IANA o Windows");
        }

        [TestMethod]
        public void BadInput_ARequestWithNeitherRuleNorChannelIsRefused()
        {
            var fault = Refused(() => Service.Create(new Entity(Request.EntityLogicalName) { [Request.Name] = "Sin datos" }));

            Assert.AreEqual("Falta el campo «pch_rule» en pch_request (nuevo); se espera una de las reglas de plazo S1 a S14, o un canal que la determine.", fault.Detail.Message);
        }

        [TestMethod]
        public void S7_AnAnswerByTheDueInstantIsMetAndCompliant()
        {
            var id = Service.Create(HelpCentreQuestion());

            Service.Update(new Entity(Request.EntityLogicalName, id) { [Request.AnsweredOn] = new DateTime(2025, 3, 15, 2, 59, 59, DateTimeKind.Utc) });

            var stored = Stored(Request.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.DeadlineStatus.Met, Choice(stored, Request.DeadlineStatus));
            Assert.IsTrue(stored.GetAttributeValue<bool>(Request.Compliant));
        }

        [TestMethod]
        public void S7_AnAnswerOneSecondAfterTheDueSecondIsMissedAndNotCompliant()
        {
            var id = Service.Create(HelpCentreQuestion());

            Service.Update(new Entity(Request.EntityLogicalName, id) { [Request.AnsweredOn] = new DateTime(2025, 3, 15, 3, 0, 0, DateTimeKind.Utc) });

            var stored = Stored(Request.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.DeadlineStatus.Missed, Choice(stored, Request.DeadlineStatus));
            Assert.IsFalse(stored.GetAttributeValue<bool>(Request.Compliant));
        }

        [TestMethod]
        public void S4_LowPotentialInMagallanesFollowsS3ButInMetropolitanaGetsTheImmediateEmailRule()
        {
            Guid Company(Choices.Region region)
            {
                var account = PortfolioAccount();
                account[Account.Region] = new OptionSetValue((int)region);
                account[Account.ExportPotential] = new OptionSetValue((int)Choices.ExportPotential.Baja);
                return Service.Create(account);
            }
            Entity TestResult(Guid company) => new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Resultado del test",
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.SelfDiagnosisTest),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
            };

            var south = Service.Create(TestResult(Company(Choices.Region.Magallanes)));
            var centre = Service.Create(TestResult(Company(Choices.Region.Metropolitana)));

            Assert.AreEqual((int)Choices.DeadlineRule.S3, Choice(Stored(Request.EntityLogicalName, south), Request.Rule));
            var immediate = Stored(Request.EntityLogicalName, centre);
            Assert.AreEqual((int)Choices.DeadlineRule.S4, Choice(immediate, Request.Rule));
            Assert.AreEqual(Now, immediate.GetAttributeValue<DateTime>(Request.Due));
        }

        [TestMethod]
        public void S14_AVisitFifteenDaysAheadIsFlaggedNotBlocked()
        {
            var id = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Agenda importador",
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S14),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
                [Request.VisitDate] = new DateTime(2025, 3, 25),
            });

            Assert.IsTrue(Stored(Request.EntityLogicalName, id).GetAttributeValue<bool>(Request.ShortLeadTime));
        }

        [TestMethod]
        public void Fault_AFailingHolidayQueryLeavesNoRequest()
        {
            Org.Faults.FailWhen(call => call.MessageName == "RetrieveMultiple" && call.EntityName == Holiday.EntityLogicalName, "servicio no disponible");

            Refused(() => Service.Create(HelpCentreQuestion()));

            Assert.AreEqual(0, Org.InspectAll(Request.EntityLogicalName).Count);
        }
    }
}
