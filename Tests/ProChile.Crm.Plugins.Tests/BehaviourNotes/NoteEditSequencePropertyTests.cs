using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CsCheck;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using Holiday = ProChile.Crm.Dataverse.Schema.Holiday;

namespace ProChile.Crm.Plugins.Tests.BehaviourNotes
{
    /// <summary>
    /// Issue 10, N2-N4, S8, D5: random sequences of the edits a user can make on a behaviour note (status moves, the
    /// dispatch date set or cleared, the channel, the company, a defence, deactivation, deletion), with one-off holidays
    /// added and withdrawn in between (their asynchronous jobs run). After any sequence the notified note's stored term
    /// equals a fresh projection from its stored inputs, both companies' in-force flags equal a fresh count, no note is
    /// stuck (a notified note still takes a defence at its deadline, a note with a defence can still be decided), and
    /// nothing but a Spanish refusal (a fault from the organization) escapes. Fixed seed, 100 sequences.
    /// </summary>
    [TestClass]
    public sealed class NoteEditSequencePropertyTests
    {
        // Every notice date lies in 22-06..06-08-2026, so on 01-09-2026 every deemed date has passed: the flags do not
        // depend on the clock, and a defence is filed at the instant the edit names.
        private static readonly DateTime Now = new DateTime(2026, 9, 1, 15, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime FirstDay = new DateTime(2026, 6, 22);
        private const string Seed = "0N0XIzNsQ0O2";

        private abstract record Edit;

        private sealed record Notify(int Channel, int Day) : Edit;

        private sealed record SetPostedOn(int? Day) : Edit;

        private sealed record SetChannel(int Channel) : Edit;

        private sealed record SetStatus(int Status) : Edit;

        private sealed record MoveCompany : Edit;

        private sealed record FileDefence(int Day) : Edit;

        private sealed record SetState(int State) : Edit;

        private sealed record DeleteNote : Edit;

        private sealed record AddHoliday(int Day) : Edit;

        private sealed record WithdrawHoliday(int Index) : Edit;

        private static readonly Gen<int> Day = Gen.Int[0, 45];

        private static readonly Gen<int> ChannelChoice = Gen.Int[0, 2];

        private static readonly Gen<Edit> AnyEdit = Gen.OneOf(
            Gen.Select(ChannelChoice, Day).Select(t => (Edit)new Notify(t.Item1, t.Item2)),
            Gen.Select(Gen.Bool, Day).Select(t => (Edit)new SetPostedOn(t.Item1 ? t.Item2 : (int?)null)),
            ChannelChoice.Select(c => (Edit)new SetChannel(c)),
            Gen.Int[1, 5].Select(s => (Edit)new SetStatus(s)),
            Gen.Const((Edit)new MoveCompany()),
            Day.Select(d => (Edit)new FileDefence(d)),
            Gen.Int[0, 1].Select(s => (Edit)new SetState(s)),
            Gen.Const((Edit)new DeleteNote()),
            Day.Select(d => (Edit)new AddHoliday(d)),
            Gen.Int[0, 3].Select(i => (Edit)new WithdrawHoliday(i)));

        private static readonly Gen<Edit[]> Sequences = AnyEdit.Array[1, 12];

        [TestMethod]
        public void Issue10_AfterAnyEditSequenceEveryStoredComputedColumnEqualsAFreshProjectionAndNoNoteIsStuck()
        {
            // One sample of 100 sequences from the fixed seed: the same sequences on every run (CsCheck draws a fresh
            // seed for each iteration after the first, so iter: 100 would not be repeatable in CI).
            Sequences.Array[100].Sample(all =>
            {
                foreach (var edits in all)
                {
                    try
                    {
                        new Sequence().Run(edits);
                    }
                    catch (Exception e)
                    {
                        throw new AssertFailedException("Sequence: " + string.Join(", ", edits.Select(x => x.ToString())) + ". " + e.Message, e);
                    }
                }
            }, seed: Seed, iter: 1, threads: 1);
        }

        [TestMethod]
        public void D5_AHolidayTheDayBeforeANotesDispatchIsReprojected_ItsFingerprintIsNotLeftStale()
        {
            // Found by the property test with a random seed: the re-projection's query missed a holiday on the day
            // before the dispatch date, which the note's holiday-set fingerprint counts, so the note stayed stale.
            new Sequence().Run(new Edit[]
            {
                new SetChannel(0), new AddHoliday(36), new SetPostedOn(0), new WithdrawHoliday(1), new Notify(1, 4),
                new SetStatus(1), new AddHoliday(43), new SetChannel(0), new AddHoliday(3),
            });
        }

        /// <summary>One sequence on a fresh organization: two companies in different offices and one note, a draft of the first.</summary>
        private sealed class Sequence
        {
            private readonly LocalOrganization.LocalOrganization org = ProChileOrganization.Create(Now);
            private readonly Guid[] companies;
            private readonly List<Guid> holidays = new List<Guid>();
            private readonly Guid note;
            private int company;
            private bool deleted;

            public Sequence()
            {
                companies = new[] { Company("Viña Los Andes SpA", Choices.Region.Metropolitana), Company("Centolla Austral SpA", Choices.Region.Magallanes) };
                note = org.Service.Create(new Entity(BehaviourNote.EntityLogicalName)
                {
                    [BehaviourNote.Name] = "No asistió a la agenda confirmada",
                    [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, companies[0]),
                });
            }

            public void Run(IEnumerable<Edit> edits)
            {
                foreach (var edit in edits)
                {
                    Attempt(() => Apply(edit));
                    RunJobs();
                }
                AssertProjected();
                Probe();
                AssertProjected();
            }

            private Guid Company(string name, Choices.Region region) => org.Service.Create(new Entity(Account.EntityLogicalName)
            {
                [Account.Name] = name,
                [Account.Region] = new OptionSetValue((int)region),
            });

            // A refusal is a fault from the organization with a message; anything else escapes and fails the property.
            private static void Attempt(Action edit)
            {
                try
                {
                    edit();
                }
                catch (FaultException<OrganizationServiceFault> refused)
                {
                    Assert.IsFalse(string.IsNullOrWhiteSpace(refused.Detail.Message));
                    Assert.IsFalse(refused.Detail.Message.Contains("Error inesperado"), refused.Detail.Message);
                }
            }

            private void RunJobs()
            {
                foreach (var job in org.RunPendingAsync())
                {
                    Assert.IsTrue(job.Succeeded, job.FailureMessage);
                }
            }

            private void Apply(Edit edit)
            {
                switch (edit)
                {
                    case AddHoliday add:
                        holidays.Add(org.Service.Create(new Entity(Holiday.EntityLogicalName)
                        {
                            [Holiday.Name] = "Feriado de prueba",
                            [Holiday.Date] = FirstDay.AddDays(add.Day),
                            [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
                            [Holiday.LegalBasis] = "Ley 99.999",
                        }));
                        return;
                    case WithdrawHoliday withdraw when holidays.Count > 0:
                        var holiday = holidays[withdraw.Index % holidays.Count];
                        holidays.Remove(holiday);
                        org.Service.Delete(Holiday.EntityLogicalName, holiday);
                        return;
                    case WithdrawHoliday:
                        return;
                }
                if (deleted)
                {
                    return;
                }
                var update = new Entity(BehaviourNote.EntityLogicalName, note);
                switch (edit)
                {
                    case Notify notify:
                        update[BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified);
                        update[BehaviourNote.Channel] = ChannelValue(notify.Channel);
                        update[BehaviourNote.PostedOn] = FirstDay.AddDays(notify.Day);
                        break;
                    case SetPostedOn posted:
                        update[BehaviourNote.PostedOn] = posted.Day is int day ? FirstDay.AddDays(day) : (DateTime?)null;
                        break;
                    case SetChannel channel:
                        update[BehaviourNote.Channel] = ChannelValue(channel.Channel);
                        break;
                    case SetStatus status:
                        update[BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Draft + status.Status - 1);
                        break;
                    case MoveCompany:
                        company = 1 - company;
                        update[BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, companies[company]);
                        break;
                    case FileDefence defence:
                        update[BehaviourNote.Defence] = "Hubo un paro aéreo.";
                        update[BehaviourNote.DefenceFiledOn] = FirstDay.AddDays(defence.Day).AddHours(16);
                        break;
                    case SetState state:
                        update[BehaviourNote.StateCode] = new OptionSetValue(state.State);
                        break;
                    case DeleteNote:
                        org.Service.Delete(BehaviourNote.EntityLogicalName, note);
                        deleted = true;
                        return;
                }
                try
                {
                    org.Service.Update(update);
                }
                catch (FaultException<OrganizationServiceFault>)
                {
                    if (edit is MoveCompany)
                    {
                        company = 1 - company;
                    }
                    throw;
                }
            }

            private static OptionSetValue? ChannelValue(int channel) =>
                channel == 0 ? null : new OptionSetValue(channel == 1 ? (int)Choices.NoticeChannel.CertifiedLetter : (int)Choices.NoticeChannel.DigitalAddress);

            // Not stuck: a notified note takes a defence filed at its deadline's last second; a note with a defence can be decided.
            private void Probe()
            {
                if (deleted)
                {
                    return;
                }
                var row = org.Inspect(BehaviourNote.EntityLogicalName, note)!;
                var status = row.GetAttributeValue<OptionSetValue>(BehaviourNote.Status).Value;
                if (status == (int)Choices.NoteStatus.Notified)
                {
                    org.Service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
                    {
                        [BehaviourNote.Defence] = "Descargos al último segundo.",
                        [BehaviourNote.DefenceFiledOn] = row.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue),
                    });
                    status = (int)Choices.NoteStatus.DefenceFiled;
                }
                if (status == (int)Choices.NoteStatus.DefenceFiled)
                {
                    org.Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Withdrawn) });
                }
            }

            private void AssertProjected()
            {
                var holidaySet = OneOffHolidayRows.Read(org.Service);
                var offices = OfficeCalendarCache.Shared.For(holidaySet);
                var settings = SettingsReader.Read(org.Service, TestTracing.Silent);
                if (!deleted)
                {
                    var row = org.Inspect(BehaviourNote.EntityLogicalName, note)!;
                    var status = row.GetAttributeValue<OptionSetValue>(BehaviourNote.Status).Value;
                    if (status != (int)Choices.NoteStatus.Draft)
                    {
                        Assert.IsTrue(row.Contains(BehaviourNote.PostedOn), "a notified note keeps its dispatch date");
                        Assert.IsTrue(row.Contains(BehaviourNote.DefenceDue), "a notified note keeps its deadline");
                    }
                    if (status == (int)Choices.NoteStatus.Notified)
                    {
                        var query = NoteProjection.NotifiedNotes();
                        query.Criteria.AddCondition(BehaviourNote.PrimaryId, Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, note);
                        var projected = org.Service.RetrieveMultiple(query).Entities.Single();
                        var changes = NoteProjection.ChangesFrom(projected, offices.ForOffice(NoteProjection.OfficeOf(projected)), settings, holidaySet);
                        Assert.IsNull(changes, changes is null ? null : "stale: " + string.Join(", ", changes.Attributes.Select(a => a.Key + "=" + a.Value)));
                    }
                }
                foreach (var id in companies)
                {
                    var account = org.Inspect(Account.EntityLogicalName, id)!;
                    var today = new RegionDates().DateAt(ColumnValues.GetChoice(account, Account.Region), Now);
                    bool expected = NotesInForce.AnyOn(org.Service.RetrieveMultiple(NotesInForce.NotesOf(id)).Entities, today);
                    Assert.AreEqual(expected, account.GetAttributeValue<bool?>(Account.BehaviourNoteInForce) ?? false, "N4 flag of " + account.GetAttributeValue<string>(Account.Name));
                }
            }
        }
    }
}
