using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.BehaviourNotes;

namespace ProChile.Crm.Plugins.Tests.BehaviourNotes
{
    [TestClass]
    public sealed class BehaviourNotePluginsTests : PipelineTest
    {
        private Guid accountId;

        [TestInitialize]
        public void CreateCompany() => accountId = Service.Create(PortfolioAccount());

        private Guid Draft() => Service.Create(new Entity(BehaviourNote.EntityLogicalName)
        {
            [BehaviourNote.Name] = "No asistió a la agenda confirmada",
            [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            [BehaviourNote.Reason] = "N1: la empresa no viajó a la feria sin caso fortuito ni fuerza mayor.",
        });

        private void Notify(Guid note, DateTime postedOn) => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
        {
            [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
            [BehaviourNote.PostedOn] = postedOn,
        });

        private void FileDefence(Guid note) => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });

        private bool FlagOnAccount() => Stored(Account.EntityLogicalName, accountId).GetAttributeValue<bool>(Account.BehaviourNoteInForce);

        [TestMethod]
        public void N1_ANewNoteIsADraftAndCostsNoCall()
        {
            StartCounting();

            var note = Draft();

            Assert.AreEqual((int)Choices.NoteStatus.Draft, Choice(Stored(BehaviourNote.EntityLogicalName, note), BehaviourNote.Status));
            Assert.AreEqual(0, CallsBy<BehaviourNotePlugin>());
            Assert.IsFalse(FlagOnAccount());
        }

        [TestMethod]
        public void N2_S8_NotifyingSetsTheDeemedNotificationDayAndTheDefenceDeadline_ThreeCalls()
        {
            var note = Draft();
            StartCounting();

            Notify(note, new DateTime(2025, 3, 10));

            var stored = Stored(BehaviourNote.EntityLogicalName, note);
            Assert.AreEqual((int)Choices.NoteStatus.Notified, Choice(stored, BehaviourNote.Status));
            // N2: the 3rd business day after Monday 10-03 is Thursday 13-03; S8: 5 business days later, Thursday 20-03 23:59:59 (UTC-3).
            Assert.AreEqual(new DateTime(2025, 3, 13), stored.GetAttributeValue<DateTime>(BehaviourNote.NotifiedOn).Date);
            Assert.AreEqual(new DateTime(2025, 3, 21, 2, 59, 59, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
            CollectionAssert.AreEqual(new[] { "RetrieveMultiple pch_setting", "Retrieve account", "RetrieveMultiple pch_holiday" }, CallsListBy<BehaviourNotePlugin>());
        }

        [TestMethod]
        public void N3_ADefenceWrittenBeforeTheDeadlineIsFiledAtTheOperationsInstant()
        {
            var note = Draft();
            Notify(note, new DateTime(2025, 3, 10));
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 21, 2, 59, 59, DateTimeKind.Utc));

            FileDefence(note);

            var stored = Stored(BehaviourNote.EntityLogicalName, note);
            Assert.AreEqual((int)Choices.NoteStatus.DefenceFiled, Choice(stored, BehaviourNote.Status));
            Assert.AreEqual(new DateTime(2025, 3, 21, 2, 59, 59, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(BehaviourNote.DefenceFiledOn));
        }

        [TestMethod]
        public void N3_ALateDefenceIsRefusedWithBothLocalInstantsAndNothingIsSaved()
        {
            var note = Draft();
            Notify(note, new DateTime(2025, 3, 10));
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 21, 3, 0, 0, DateTimeKind.Utc));

            var fault = Refused(() => FileDefence(note));

            StringAssert.StartsWith(fault.Detail.Message,
                "Los descargos presentados el 21-03-2025 00:00:00 llegaron fuera de plazo: los 5 días hábiles para presentarlos (S8) vencieron el 20-03-2025 23:59:59 (hora local, America/Santiago).");
            var stored = Stored(BehaviourNote.EntityLogicalName, note);
            Assert.IsFalse(stored.Contains(BehaviourNote.Defence));
            Assert.AreEqual((int)Choices.NoteStatus.Notified, Choice(stored, BehaviourNote.Status));
        }

        [TestMethod]
        public void N3_ADraftCannotBeUpheldDirectly()
        {
            var note = Draft();

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Upheld),
            }));

            Assert.AreEqual("La nota de comportamiento está «Borrador» y no puede pasar a «Mantenida»; desde «Borrador» solo se permite pasar a: «Notificada».", fault.Detail.Message);
        }

        [TestMethod]
        public void N4_ANotifiedNoteInForceFlagsTheAccountAndWithdrawingItClearsTheFlag()
        {
            var note = Draft();
            Notify(note, new DateTime(2025, 3, 3));
            Assert.IsTrue(FlagOnAccount());
            FileDefence(note);

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Withdrawn) });

            Assert.IsFalse(FlagOnAccount());
            Assert.AreEqual(Now, Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<DateTime>(BehaviourNote.ResolvedOn));
        }

        [TestMethod]
        public void N4_WithAValiditySettingTheNoteIsInForceUntilTheLocalDateThatManyMonthsLater()
        {
            Org.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.NoteValidity, [Setting.Value] = "6" });
            var note = Draft();

            Notify(note, new DateTime(2025, 3, 3));

            // Notified on Thursday 06-03-2025, in force from its local midnight (03:00 UTC). The rules add the six months
            // to that UTC instant: 06-09-2025 03:00 UTC, which in winter time (UTC-4) is 05-09-2025 23:00 local.
            Assert.AreEqual(new DateTime(2025, 9, 5), Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<DateTime>(BehaviourNote.InForceUntil));
            Assert.IsTrue(FlagOnAccount());
        }

        [TestMethod]
        public void N4_ANoteNotYetDeemedNotifiedDoesNotFlagTheAccount_NoUpdate()
        {
            var note = Draft();
            StartCounting();

            Notify(note, new DateTime(2025, 3, 10));

            Assert.IsFalse(FlagOnAccount());
            CollectionAssert.AreEqual(new[] { "Retrieve account", "RetrieveMultiple pch_behaviournote" }, CallsListBy<NoteInForcePlugin>());
        }

        [TestMethod]
        public void BadInput_NotifyingWithoutThePostOfficeDateIsRefusedNamingTheColumn()
        {
            var note = Draft();

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
            }));

            AssertNoNullReference(fault);
            Assert.AreEqual($"Falta el campo «pch_postedon» en pch_behaviournote {note}; se espera la fecha de recepción de la carta certificada en Correos o de envío al Domicilio Digital Único (N2).", fault.Detail.Message);
        }

        [TestMethod]
        public void BadInput_ANoteWithoutCompanyCannotBeNotified()
        {
            var note = Service.Create(new Entity(BehaviourNote.EntityLogicalName) { [BehaviourNote.Name] = "Sin empresa" });

            var fault = Refused(() => Notify(note, new DateTime(2025, 3, 10)));

            StringAssert.StartsWith(fault.Detail.Message, "Falta el campo «pch_accountid»");
        }

        [TestMethod]
        public void Fault_AFailingAccountFlagWriteRollsBackTheNotification()
        {
            var note = Draft();
            Org.Faults.FailWhen(call => call.MessageName == "Update" && call.EntityName == Account.EntityLogicalName, "bloqueo de registro");

            Refused(() => Notify(note, new DateTime(2025, 3, 3)));

            var stored = Stored(BehaviourNote.EntityLogicalName, note);
            Assert.AreEqual((int)Choices.NoteStatus.Draft, Choice(stored, BehaviourNote.Status));
            Assert.IsFalse(stored.Contains(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void N3_ANotifiedNoteWithoutDefenceIsUpheldAsOfTheFirstInstantAfterTheDeadline()
        {
            var note = Draft();
            Notify(note, new DateTime(2025, 3, 10));
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 24, 15, 0, 0, DateTimeKind.Utc));

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Upheld) });

            var stored = Stored(BehaviourNote.EntityLogicalName, note);
            Assert.AreEqual((int)Choices.NoteStatus.Upheld, Choice(stored, BehaviourNote.Status));
            Assert.AreEqual(new DateTime(2025, 3, 21, 3, 0, 0, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(BehaviourNote.ResolvedOn));
        }

        [TestMethod]
        public void N3_ANotifiedNoteCannotBeUpheldWhileTheDefenceTermRuns()
        {
            var note = Draft();
            Notify(note, new DateTime(2025, 3, 10));

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Upheld) }));

            Assert.AreEqual("La nota está «Notificada» y el plazo de descargos corre hasta el 20-03-2025 23:59:59 (hora local, America/Santiago); solo después, sin descargos, queda «Mantenida».", fault.Detail.Message);
        }
    }
}
