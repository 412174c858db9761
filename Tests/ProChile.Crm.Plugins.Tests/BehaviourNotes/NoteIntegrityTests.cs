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

        private Entity StoredNote(Guid note) => Stored(BehaviourNote.EntityLogicalName, note);

        private Guid NotifiedByDigitalAddress(DateTime sentOn)
        {
            var note = Service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "No asistió a la agenda confirmada",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            });
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.Channel] = new OptionSetValue((int)Choices.NoticeChannel.DigitalAddress),
                [BehaviourNote.PostedOn] = sentOn,
            });
            return note;
        }

        [TestMethod]
        public void N2_ANoteSentToTheDduOnFriday3July2026IsNotifiedOnWednesday8AndDueWednesday15()
        {
            var note = NotifiedByDigitalAddress(new DateTime(2026, 7, 3));

            var stored = StoredNote(note);
            Assert.AreEqual(new DateTime(2026, 7, 8), stored.GetAttributeValue<DateTime>(BehaviourNote.NotifiedOn));
            // Wednesday 15-07-2026 23:59:59 in Santiago's winter time (UTC-4).
            Assert.AreEqual(new DateTime(2026, 7, 16, 3, 59, 59, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void N2_ANoteSentToTheDduBeforeLey21806IsInForceIsRefusedAndStaysADraft()
        {
            var fault = Refused(() => NotifiedByDigitalAddress(new DateTime(2026, 6, 30)));

            Assert.AreEqual("La notificación por «Domicilio Digital Único» rige desde el 01-07-2026 (Ley 21.806); una nota enviada el 30-06-2026 se notifica por «Carta certificada»: elija ese canal o corrija la fecha de envío.", fault.Detail.Message);
        }

        [TestMethod]
        public void N2_ChangingTheChannelOfANotifiedNoteRecomputesItsNotificationByTheNewChannel()
        {
            var note = NotifiedByDigitalAddress(new DateTime(2026, 7, 3));
            Org.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = "N2.CertifiedLetterLagDays", [Setting.Value] = "5" });

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Channel] = new OptionSetValue((int)Choices.NoticeChannel.CertifiedLetter) });

            // The letter's lag (5 here) instead of the DDU's 3: Friday 03-07 + 5 business days is Friday 10-07.
            Assert.AreEqual(new DateTime(2026, 7, 10), StoredNote(note).GetAttributeValue<DateTime>(BehaviourNote.NotifiedOn));
        }

        [TestMethod]
        public void N2_AnUnknownChannelValueIsRefusedListingTheAcceptedOnes()
        {
            var note = NotifiedOnTenthOfMarch();

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Channel] = new OptionSetValue(168700009) }));

            StringAssert.Contains(fault.Detail.Message, "168700009");
            Assert.AreEqual(new DateTime(2025, 3, 13), StoredNote(note).GetAttributeValue<DateTime>(BehaviourNote.NotifiedOn));
        }

        [TestMethod]
        public void N3_OnceTheDefenceIsFiledThePostOfficeDateCannotChange()
        {
            var note = NotifiedOnTenthOfMarch();
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.PostedOn] = new DateTime(2025, 3, 3) }));

            Assert.AreEqual("La nota está «Con descargos»: su plazo de descargos (S8) ya se cerró, así que el campo «pch_postedon» no se puede cambiar. "
                + "El canal y la fecha de notificación solo se corrigen mientras la nota está «Borrador» o «Notificada».", fault.Detail.Message);
        }

        [TestMethod]
        public void N3_OnceUpheldTheChannelCannotChangeButWritingTheSameOneIsAccepted()
        {
            var note = NotifiedOnTenthOfMarch();
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 24, 15, 0, 0, DateTimeKind.Utc));
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Upheld) });

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Channel] = new OptionSetValue((int)Choices.NoticeChannel.CertifiedLetter) });
            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Channel] = new OptionSetValue((int)Choices.NoticeChannel.DigitalAddress) }));

            StringAssert.StartsWith(fault.Detail.Message, "La nota está «Mantenida»: su plazo de descargos (S8) ya se cerró, así que el campo «pch_noticechannel» no se puede cambiar.");
        }

        [TestMethod]
        public void N3_ADefenceAcceptedOnTheLastDayOfAHolidayLengthenedTermStillLetsTheNoteBeDecidedAfterTheHolidayIsWithdrawn()
        {
            var note = NotifiedOnTenthOfMarch();
            var holiday = Service.Create(HolidayOnTuesday18());
            Org.RunPendingAsync();
            // Friday 21-03 at noon in Santiago: in time only thanks to the holiday.
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 21, 15, 0, 0, DateTimeKind.Utc));
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });
            Service.Delete(Holiday.EntityLogicalName, holiday);
            Org.RunPendingAsync();

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Withdrawn) });

            var stored = StoredNote(note);
            Assert.AreEqual((int)Choices.NoteStatus.Withdrawn, Choice(stored, BehaviourNote.Status));
            Assert.AreEqual(DueWithHoliday, stored.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue), "the closed term stays as it ran");
        }

        [TestMethod]
        public void D5_ADefenceFiledOnTheNewLastDayIsAcceptedBeforeTheReprojectionJobRuns()
        {
            var note = NotifiedOnTenthOfMarch();
            Service.Create(HolidayOnTuesday18());
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 21, 15, 0, 0, DateTimeKind.Utc));

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });

            Assert.AreEqual(DueWithHoliday, StoredNote(note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void N2_MovingANotifiedNoteToACompanyOfAnotherOfficeCountsItsTermInThatOffice()
        {
            Service.Create(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado regional de prueba",
                [Holiday.Date] = new DateTime(2025, 3, 18),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.Regional),
                [Holiday.Region] = new OptionSetValue((int)Choices.Region.Magallanes),
                [Holiday.LegalBasis] = "Ley 99.999",
            });
            Org.RunPendingAsync();
            var southern = PortfolioAccount("Centolla Austral SpA");
            southern[Account.Region] = new OptionSetValue((int)Choices.Region.Magallanes);
            var other = Service.Create(southern);
            var note = NotifiedOnTenthOfMarch();
            Assert.AreEqual(DueWithoutHoliday, StoredNote(note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, other) });

            // Magallanes observes the 18th: due Friday 21-03 23:59:59 in Punta Arenas (UTC-3 all year).
            Assert.AreEqual(DueWithHoliday, StoredNote(note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void D5_TheHolidayJobLeavesNotesOutsideTheHolidaysSpanUntouched()
        {
            var note = NotifiedOnTenthOfMarch();
            var version = StoredNote(note).GetAttributeValue<long>("versionnumber");

            Service.Create(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado de prueba",
                [Holiday.Date] = new DateTime(2025, 5, 5),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
                [Holiday.LegalBasis] = "Ley 99.999",
            });
            Org.RunPendingAsync();

            Assert.AreEqual(version, StoredNote(note).GetAttributeValue<long>("versionnumber"));
        }

        [TestMethod]
        public void N2_ClearingTheChannelOfANotifiedNoteMeansTheCertifiedLetterAndRecomputes()
        {
            Org.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = "N2.CertifiedLetterLagDays", [Setting.Value] = "5" });
            var note = NotifiedByDigitalAddress(new DateTime(2026, 7, 3));

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Channel] = null });

            Assert.AreEqual(new DateTime(2026, 7, 10), StoredNote(note).GetAttributeValue<DateTime>(BehaviourNote.NotifiedOn));
        }

        [TestMethod]
        public void N1_ADraftTakesAPostOfficeDateAndAChannelWithoutComputingAnything()
        {
            var note = Service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "Borrador",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            });

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.PostedOn] = new DateTime(2025, 3, 10),
                [BehaviourNote.Channel] = new OptionSetValue((int)Choices.NoticeChannel.CertifiedLetter),
            });

            var stored = StoredNote(note);
            Assert.AreEqual((int)Choices.NoteStatus.Draft, Choice(stored, BehaviourNote.Status));
            Assert.IsFalse(stored.Contains(BehaviourNote.DefenceDue));
            Assert.IsFalse(FlagOn(accountId));
        }

        [TestMethod]
        public void N4_MovingAnUpheldNoteToAnotherCompanyMovesTheFlagAndKeepsItsClosedTerm()
        {
            var other = Service.Create(PortfolioAccount("Frutas del Maule Ltda."));
            var note = NotifiedOnTenthOfMarch();
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 24, 15, 0, 0, DateTimeKind.Utc));
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Upheld) });
            Assert.IsTrue(FlagOn(accountId));

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, other) });

            Assert.IsFalse(FlagOn(accountId));
            Assert.IsTrue(FlagOn(other));
            Assert.AreEqual(DueWithoutHoliday, StoredNote(note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
            Assert.AreEqual((int)Choices.NoteStatus.Upheld, Choice(StoredNote(note), BehaviourNote.Status));
        }

        [TestMethod]
        public void N2_ClearingTheCompanyOfANotifiedNoteIsRefusedNamingTheColumn()
        {
            var note = NotifiedOnTenthOfMarch();

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.AccountId] = null }));

            Assert.AreEqual($"Falta el campo «pch_accountid» en pch_behaviournote {note}; se espera la empresa a la que se refiere la nota.", fault.Detail.Message);
        }

        [TestMethod]
        public void N3_ADefenceDatedAfterTheDeadlineIsRefusedWhateverTheClock()
        {
            var note = NotifiedOnTenthOfMarch();

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Defence] = "Hubo un paro aéreo.",
                [BehaviourNote.DefenceFiledOn] = DueWithoutHoliday.AddSeconds(1),
            }));

            StringAssert.StartsWith(fault.Detail.Message, "Los descargos presentados el 21-03-2025 00:00:00 llegaron fuera de plazo");
        }

        [TestMethod]
        public void N3_TheFilingInstantOfADefenceCannotBeMovedAfterTheFact()
        {
            var note = NotifiedOnTenthOfMarch();
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });

            var fault = Refused(() => Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.DefenceFiledOn] = DueWithoutHoliday.AddDays(3) }));

            Assert.AreEqual("La nota está «Con descargos»: la fecha de presentación de los descargos («pch_defencefiledon») quedó registrada cuando se presentaron y no se puede cambiar.", fault.Detail.Message);
            Assert.AreEqual(Now, StoredNote(note).GetAttributeValue<DateTime>(BehaviourNote.DefenceFiledOn));
        }

        [TestMethod]
        public void N4_DeletingADraftChangesNoFlag()
        {
            var draft = Service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "Borrador",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            });
            var version = Stored(Account.EntityLogicalName, accountId).GetAttributeValue<long>("versionnumber");

            Service.Delete(BehaviourNote.EntityLogicalName, draft);

            Assert.IsNull(Org.Inspect(BehaviourNote.EntityLogicalName, draft));
            Assert.AreEqual(version, Stored(Account.EntityLogicalName, accountId).GetAttributeValue<long>("versionnumber"));
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
