using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Tests.BehaviourNotes
{
    /// <summary>Issue 10: every edit of a behaviour note ends in a correct record or a Spanish refusal, never a stuck note.</summary>
    [TestClass]
    public sealed class NoteIntegrityTests : PipelineTest
    {
        // N2: letter received Monday 10-03-2025, deemed notified Thursday 13-03; S8: due Thursday 20-03 23:59:59 (UTC-3).
        private static readonly DateTime DueWithoutHoliday = new DateTime(2025, 3, 21, 2, 59, 59, DateTimeKind.Utc);
        // A one-off holiday on Tuesday 18-03 moves the fifth business day to Friday 21-03.
        private static readonly DateTime DueWithHoliday = new DateTime(2025, 3, 22, 2, 59, 59, DateTimeKind.Utc);

        private Guid accountId;

        [TestInitialize]
        public void CreateCompany() => accountId = Service.Create(PortfolioAccount());

        private Guid NotifiedNote(Guid? account = null)
        {
            var note = Service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "No asistió a la agenda confirmada",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, account ?? accountId),
            });
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = new DateTime(2025, 3, 3),
            });
            return note;
        }

        private Guid NotifiedOnTenthOfMarch()
        {
            var note = Service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "No asistió a la agenda confirmada",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            });
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = new DateTime(2025, 3, 10),
            });
            return note;
        }

        private bool FlagOn(Guid account) => Stored(Account.EntityLogicalName, account).GetAttributeValue<bool>(Account.BehaviourNoteInForce);

        private static Entity HolidayOnTuesday18() => new Entity(Holiday.EntityLogicalName)
        {
            [Holiday.Name] = "Feriado de prueba",
            [Holiday.Date] = new DateTime(2025, 3, 18),
            [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
            [Holiday.LegalBasis] = "Ley 99.999",
        };

        [TestMethod]
        public void Defect2_ClearingThePostOfficeDateOfANotifiedNoteIsRefusedNamingTheColumn()
        {
            var note = NotifiedOnTenthOfMarch();

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.PostedOn] = null }));

            Assert.AreEqual("No se puede vaciar el campo «pch_postedon» de una nota «Notificada»: de esa fecha corren la notificación (N2) y el plazo de descargos (S8). "
                + "Se espera la fecha de recepción de la carta certificada en Correos o de envío al Domicilio Digital Único (N2); para corregirla, escriba la fecha correcta.", fault.Detail.Message);
            Assert.AreEqual(new DateTime(2025, 3, 10), Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<DateTime>(BehaviourNote.PostedOn));
        }

        [TestMethod]
        public void Defect2_AfterARefusedClearingADefenceFiledInTimeIsAccepted()
        {
            var note = NotifiedOnTenthOfMarch();
            Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.PostedOn] = null }));

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });

            Assert.AreEqual((int)Choices.NoteStatus.DefenceFiled, Choice(Stored(BehaviourNote.EntityLogicalName, note), BehaviourNote.Status));
        }

        [TestMethod]
        public void Defect2_MovingThePostOfficeDateOfANotifiedNoteRecomputesItsNotificationAndDeadline()
        {
            var note = NotifiedOnTenthOfMarch();

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.PostedOn] = new DateTime(2025, 3, 3) });

            // Received Monday 03-03: notified Thursday 06-03, due Thursday 13-03 23:59:59 (UTC-3).
            var stored = Stored(BehaviourNote.EntityLogicalName, note);
            Assert.AreEqual(new DateTime(2025, 3, 6), stored.GetAttributeValue<DateTime>(BehaviourNote.NotifiedOn));
            Assert.AreEqual(new DateTime(2025, 3, 14, 2, 59, 59, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
            Assert.AreEqual((int)Choices.NoteStatus.Notified, Choice(stored, BehaviourNote.Status));
        }

        [TestMethod]
        public void Defect3_AddingAOneOffHolidayInsideTheDefenceWindowMovesTheStoredDeadline()
        {
            var note = NotifiedOnTenthOfMarch();
            Service.Create(HolidayOnTuesday18());

            var jobs = Org.RunPendingAsync();

            Assert.IsTrue(Array.TrueForAll(ToArray(jobs), job => job.Succeeded));
            Assert.AreEqual(DueWithHoliday, Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void Defect3_WithdrawingTheHolidayMovesTheStoredDeadlineBack()
        {
            var note = NotifiedOnTenthOfMarch();
            var holiday = Service.Create(HolidayOnTuesday18());
            Org.RunPendingAsync();

            Service.Delete(Holiday.EntityLogicalName, holiday);
            Org.RunPendingAsync();

            Assert.AreEqual(DueWithoutHoliday, Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void Defect3_MovingTheHolidayOutOfTheWindowMovesTheStoredDeadlineBack()
        {
            var note = NotifiedOnTenthOfMarch();
            var holiday = Service.Create(HolidayOnTuesday18());
            Org.RunPendingAsync();

            Service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [Holiday.Date] = new DateTime(2025, 4, 1) });
            Org.RunPendingAsync();

            Assert.AreEqual(DueWithoutHoliday, Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void Defect5_MovingANoteInForceToAnotherCompanyMovesTheFlagWithIt()
        {
            var other = Service.Create(PortfolioAccount("Frutas del Maule Ltda."));
            var note = NotifiedNote();
            Assert.IsTrue(FlagOn(accountId));

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, other) });

            Assert.IsFalse(FlagOn(accountId));
            Assert.IsTrue(FlagOn(other));
        }

        [TestMethod]
        public void Defect5_DeletingTheNoteInForceClearsTheFlag()
        {
            var note = NotifiedNote();
            Assert.IsTrue(FlagOn(accountId));

            Service.Delete(BehaviourNote.EntityLogicalName, note);

            Assert.IsFalse(FlagOn(accountId));
        }

        [TestMethod]
        public void Defect5_DeactivatingTheNoteInForceClearsTheFlagAndReactivatingSetsItAgain()
        {
            var note = NotifiedNote();

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.StateCode] = new OptionSetValue(1) });
            Assert.IsFalse(FlagOn(accountId));

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.StateCode] = new OptionSetValue(0) });
            Assert.IsTrue(FlagOn(accountId));
        }

        private static T[] ToArray<T>(System.Collections.Generic.IReadOnlyList<T> list)
        {
            var array = new T[list.Count];
            for (int i = 0; i < list.Count; i++)
            {
                array[i] = list[i];
            }
            return array;
        }
    }
}
