using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Time;
using ProChile.Crm.WorkflowActivities.Scheduled;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Scheduled
{
    [TestClass]
    public sealed class SweepLapsedStatesActivityTests
    {
        // S1 from Tuesday 19 May 2026, 11:00 in Santiago (UTC-4): 3 business days skipping Thursday 21 May (Glorias
        // Navales) and the weekend: due Monday 25 May 23:59:59 local, at risk (D6: less than 1 business day) from its start.
        private static readonly DateTime TuesdayAfternoon = Utc(2026, 5, 19, 15);
        private static readonly DateTime S1Warning = Utc(2026, 5, 25, 4);
        private static readonly DateTime S1Due = Utc(2026, 5, 26, 3, 59, 59);

        // N2/S8: letter at the post office Monday 1 June 2026; deemed notified 3 business days later, Thursday 4 June
        // (in force from 00:00 local = 04:00 UTC); defence due 5 business days later, Thursday 11 June 23:59:59 local.
        private static readonly DateTime LetterWeek = Utc(2026, 6, 1, 15);
        private static readonly DateTime NotifiedStart = Utc(2026, 6, 4, 4);
        private static readonly DateTime DefenceDue = Utc(2026, 6, 12, 3, 59, 59);

        // Lapsed notes, lapsed requests, the one-off holidays and the open requests that can be stale with them (D5),
        // then the two note queries (N4). Open requests or none, the same queries.
        private const string NothingToChange = "RetrieveMultiple pch_behaviournote, RetrieveMultiple pch_request, RetrieveMultiple pch_holiday, RetrieveMultiple pch_request, RetrieveMultiple pch_behaviournote, RetrieveMultiple pch_behaviournote";

        private static Dictionary<string, object?> Inputs(int? pageSize = null)
        {
            var inputs = new Dictionary<string, object?>();
            if (pageSize is int size)
            {
                inputs[nameof(SweepLapsedStatesActivity.PageSize)] = size;
            }
            return inputs;
        }

        /// <summary>The sweep as the daily process runs it at <paramref name="instant"/> (the organization's clock and the operation's creation).</summary>
        private static IDictionary<string, object> SweepAt(ActivityHost host, DateTime instant, int? pageSize = null)
        {
            MoveClock(host, instant);
            return host.Run(new SweepLapsedStatesActivity(), Inputs(pageSize));
        }

        private static void MoveClock(ActivityHost host, DateTime instant)
        {
            ((ManualClock)host.Organization.Clock).Set(instant);
            host.Context.OperationCreatedOn = instant;
        }

        private static int Output(IDictionary<string, object> outputs, string name) => (int)outputs[name];

        private static Guid CreateS1Request(ActivityHost host, DateTime? answeredOn = null)
        {
            var request = new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Contacto tras ficha de caracterización",
                [Request.Rule] = Rule(Choices.DeadlineRule.S1),
                [Request.Office] = Office(Choices.Region.Metropolitana),
                [Request.Start] = TuesdayAfternoon,
            };
            if (answeredOn is DateTime answered)
            {
                request[Request.AnsweredOn] = answered;
            }
            return host.Organization.Service.Create(request);
        }

        private static int StatusOf(ActivityHost host, Guid request) =>
            host.Organization.Inspect(Request.EntityLogicalName, request)!.GetAttributeValue<OptionSetValue>(Request.DeadlineStatus).Value;

        private static (ActivityHost Host, Guid Request) OnTimeS1Request()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            var request = CreateS1Request(host);
            Assert.AreEqual((int)Choices.DeadlineStatus.OnTime, StatusOf(host, request));
            Assert.AreEqual(S1Due, host.Organization.Inspect(Request.EntityLogicalName, request)!.GetAttributeValue<DateTime>(Request.Due));
            return (host, request);
        }

        private static Guid SeedCompany(ActivityHost host, Choices.Region? region = Choices.Region.Metropolitana)
        {
            var company = new Entity(Account.EntityLogicalName) { [Account.Name] = "Conservas del Sur S.A." };
            if (region is Choices.Region value)
            {
                company[Account.Region] = Office(value);
            }
            return host.Seed(company);
        }

        /// <summary>A note notified through the pipeline: created as a draft, then the letter's receipt recorded.</summary>
        private static Guid NotifiedNote(ActivityHost host, Guid company)
        {
            var service = host.Organization.Service;
            var note = service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "Nota de comportamiento: misión a Shanghái",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, company),
            });
            service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = new DateTime(2026, 6, 1),
            });
            return note;
        }

        private static (ActivityHost Host, Guid Company, Guid Note) NotifiedNoteInLetterWeek(string? validityMonths = null)
        {
            var host = new ActivityHost(LetterWeek);
            if (validityMonths != null)
            {
                host.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = "N4.NoteValidity", [Setting.Value] = validityMonths });
            }
            var company = SeedCompany(host);
            var note = NotifiedNote(host, company);
            var row = host.Organization.Inspect(BehaviourNote.EntityLogicalName, note)!;
            Assert.AreEqual(DefenceDue, row.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
            Assert.AreEqual(false, InForce(host, company)); // notified on 4 June, not yet
            return (host, company, note);
        }

        private static Entity NoteRowOf(ActivityHost host, Guid note) => host.Organization.Inspect(BehaviourNote.EntityLogicalName, note)!;

        private static int NoteStatusOf(ActivityHost host, Guid note) => NoteRowOf(host, note).GetAttributeValue<OptionSetValue>(BehaviourNote.Status).Value;

        private static bool InForce(ActivityHost host, Guid company) =>
            host.Organization.Inspect(Account.EntityLogicalName, company)!.GetAttributeValue<bool?>(Account.BehaviourNoteInForce) ?? false;

        [TestMethod]
        public void D6_AtTheWarningInstantAnOnTimeRequestTurnsAtRisk()
        {
            var (host, request) = OnTimeS1Request();

            var outputs = SweepAt(host, S1Warning);

            Assert.AreEqual((int)Choices.DeadlineStatus.AtRisk, StatusOf(host, request));
            Assert.AreEqual(1, Output(outputs, nameof(SweepLapsedStatesActivity.RequestsAtRisk)));
            Assert.AreEqual(0, Output(outputs, nameof(SweepLapsedStatesActivity.RequestsOverdue)));
        }

        [TestMethod]
        public void D6_OneSecondBeforeTheWarningInstantTheRequestStaysOnTimeAndIsNotEvenRead()
        {
            var (host, request) = OnTimeS1Request();

            var outputs = SweepAt(host, S1Warning.AddSeconds(-1));

            Assert.AreEqual((int)Choices.DeadlineStatus.OnTime, StatusOf(host, request));
            Assert.AreEqual(0, Output(outputs, nameof(SweepLapsedStatesActivity.RequestsAtRisk)));
            Assert.AreEqual(NothingToChange, host.CallSummary);
        }

        [TestMethod]
        public void S1_OneSecondAfterTheDueInstantAnUnansweredRequestIsOverdue()
        {
            var (host, request) = OnTimeS1Request();

            var outputs = SweepAt(host, S1Due.AddSeconds(1));

            Assert.AreEqual((int)Choices.DeadlineStatus.Overdue, StatusOf(host, request));
            Assert.AreEqual(1, Output(outputs, nameof(SweepLapsedStatesActivity.RequestsOverdue)));
            Assert.AreEqual(0, Output(outputs, nameof(SweepLapsedStatesActivity.RequestsAtRisk)));
        }

        [TestMethod]
        public void S1_DuringTheDueInstantsLastSecondTheRequestIsAtRiskNotOverdue()
        {
            var (host, request) = OnTimeS1Request();

            SweepAt(host, S1Due);

            Assert.AreEqual((int)Choices.DeadlineStatus.AtRisk, StatusOf(host, request));
        }

        [TestMethod]
        public void S1_AnAtRiskRequestTurnsOverdueOnTheNextRunAfterItsDueInstant()
        {
            var (host, request) = OnTimeS1Request();
            SweepAt(host, S1Warning);

            var outputs = SweepAt(host, S1Due.AddSeconds(1));

            Assert.AreEqual((int)Choices.DeadlineStatus.Overdue, StatusOf(host, request));
            Assert.AreEqual(1, Output(outputs, nameof(SweepLapsedStatesActivity.RequestsOverdue)));
        }

        [TestMethod]
        public void S1_AnsweredRequestsMetOrMissedAreNeverTouched()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            var met = CreateS1Request(host, answeredOn: Utc(2026, 5, 20, 15));
            var missedHost = new ActivityHost(Utc(2026, 5, 27, 15));
            var missed = CreateS1Request(missedHost, answeredOn: Utc(2026, 5, 27, 15));

            var outputs = SweepAt(host, S1Due.AddDays(1));
            SweepAt(missedHost, S1Due.AddDays(2));

            Assert.AreEqual((int)Choices.DeadlineStatus.Met, StatusOf(host, met));
            Assert.AreEqual((int)Choices.DeadlineStatus.Missed, StatusOf(missedHost, missed));
            Assert.AreEqual(0, Output(outputs, nameof(SweepLapsedStatesActivity.RequestsOverdue)));
            // Answering an S1 opened its S2 (the chain), an open request the D5 part compares with the holidays.
            Assert.AreEqual(NothingToChange, host.CallSummary);
            Assert.AreEqual(NothingToChange, missedHost.CallSummary);
        }

        [TestMethod]
        public void N3_ANotifiedNoteWithNoDefenceIsUpheldOneSecondAfterItsDeadlineAtTheDeadlinesEnd()
        {
            var (host, _, note) = NotifiedNoteInLetterWeek();

            var outputs = SweepAt(host, DefenceDue.AddSeconds(1));

            Assert.AreEqual((int)Choices.NoteStatus.Upheld, NoteStatusOf(host, note));
            Assert.AreEqual(DefenceDue.AddSeconds(1), NoteRowOf(host, note).GetAttributeValue<DateTime>(BehaviourNote.ResolvedOn));
            Assert.AreEqual(1, Output(outputs, nameof(SweepLapsedStatesActivity.NotesUpheld)));
        }

        [TestMethod]
        public void N3_OneSecondBeforeTheDeadlinesEndTheNoteStaysNotified()
        {
            var (host, _, note) = NotifiedNoteInLetterWeek();

            var outputs = SweepAt(host, DefenceDue);

            Assert.AreEqual((int)Choices.NoteStatus.Notified, NoteStatusOf(host, note));
            Assert.AreEqual(0, Output(outputs, nameof(SweepLapsedStatesActivity.NotesUpheld)));
        }

        [TestMethod]
        public void N3_D5_AOneOffHolidayAddedAfterNotificationMovesTheDeadlineAndTheSweepDoesNotUpholdEarly()
        {
            var (host, _, note) = NotifiedNoteInLetterWeek();
            host.Seed(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Censo de población",
                [Holiday.Date] = new DateTime(2026, 6, 10),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
                [Holiday.LegalBasis] = "Ley de prueba",
            });

            var onTheStoredDeadline = SweepAt(host, DefenceDue.AddSeconds(1));
            Assert.AreEqual((int)Choices.NoteStatus.Notified, NoteStatusOf(host, note));
            Assert.AreEqual(0, Output(onTheStoredDeadline, nameof(SweepLapsedStatesActivity.NotesUpheld)));
            Assert.AreEqual(0, Output(onTheStoredDeadline, nameof(SweepLapsedStatesActivity.Failed)));

            var aDayLater = SweepAt(host, DefenceDue.AddDays(1).AddSeconds(1)); // Friday 12 June 23:59:59 local has passed
            Assert.AreEqual((int)Choices.NoteStatus.Upheld, NoteStatusOf(host, note));
            Assert.AreEqual(Utc(2026, 6, 13, 4), NoteRowOf(host, note).GetAttributeValue<DateTime>(BehaviourNote.ResolvedOn));
            Assert.AreEqual(1, Output(aDayLater, nameof(SweepLapsedStatesActivity.NotesUpheld)));
        }

        [TestMethod]
        public void N3_ANoteWithADefenceFiledIsNotUpheldByTheSweep()
        {
            var (host, _, note) = NotifiedNoteInLetterWeek();
            host.Organization.Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Defence] = "La empresa no recibió la confirmación de la agenda." });

            var outputs = SweepAt(host, DefenceDue.AddDays(3));

            Assert.AreEqual((int)Choices.NoteStatus.DefenceFiled, NoteStatusOf(host, note));
            Assert.AreEqual(0, Output(outputs, nameof(SweepLapsedStatesActivity.NotesUpheld)));
        }

        [TestMethod]
        public void N4_TheFlagTurnsOnAtTheStartOfTheDeemedNotificationDateInTheOfficesTime()
        {
            var (host, company, _) = NotifiedNoteInLetterWeek();

            var before = SweepAt(host, NotifiedStart.AddSeconds(-1));
            Assert.AreEqual(false, InForce(host, company));
            Assert.AreEqual(0, Output(before, nameof(SweepLapsedStatesActivity.NoteFlagsSet)));

            var after = SweepAt(host, NotifiedStart);
            Assert.AreEqual(true, InForce(host, company));
            Assert.AreEqual(1, Output(after, nameof(SweepLapsedStatesActivity.NoteFlagsSet)));
        }

        [TestMethod]
        public void N4_WithAOneMonthValidityTheFlagTurnsOffWhenTheNoteExpiresAndNotASecondBefore()
        {
            var (host, company, note) = NotifiedNoteInLetterWeek(validityMonths: "1");
            Assert.AreEqual(new DateTime(2026, 7, 4), NoteRowOf(host, note).GetAttributeValue<DateTime>(BehaviourNote.InForceUntil));
            SweepAt(host, NotifiedStart);
            Assert.AreEqual(true, InForce(host, company));

            var before = SweepAt(host, Utc(2026, 7, 4, 3, 59, 59)); // 3 July 23:59:59 in Santiago
            Assert.AreEqual(true, InForce(host, company));
            Assert.AreEqual(0, Output(before, nameof(SweepLapsedStatesActivity.NoteFlagsCleared)));

            var after = SweepAt(host, Utc(2026, 7, 4, 4));
            Assert.AreEqual(false, InForce(host, company));
            Assert.AreEqual(1, Output(after, nameof(SweepLapsedStatesActivity.NoteFlagsCleared)));
        }

        [TestMethod]
        public void N4_UnderTheDefaultValidityUntilWithdrawnTheFlagStaysOnForYears()
        {
            var (host, company, _) = NotifiedNoteInLetterWeek();
            SweepAt(host, NotifiedStart);

            var outputs = SweepAt(host, Utc(2029, 6, 4, 12));

            Assert.AreEqual(true, InForce(host, company));
            Assert.AreEqual(0, Output(outputs, nameof(SweepLapsedStatesActivity.NoteFlagsCleared)));
        }

        [TestMethod]
        public void ASecondRunAtTheSameInstantChangesNothingAndOnlyRunsItsQueries()
        {
            var (host, _) = OnTimeS1Request();
            CreateS1Request(host);
            var (noteHost, _, _) = NotifiedNoteInLetterWeek();
            var first = SweepAt(host, S1Due.AddSeconds(1));
            var noteFirst = SweepAt(noteHost, DefenceDue.AddSeconds(1));
            Assert.AreEqual(2, Output(first, nameof(SweepLapsedStatesActivity.RequestsOverdue)));
            Assert.AreEqual(1, Output(noteFirst, nameof(SweepLapsedStatesActivity.NotesUpheld)));
            Assert.AreEqual(0, Output(noteFirst, nameof(SweepLapsedStatesActivity.NoteFlagsSet))); // the in-force step saw the uphold and set it

            var second = SweepAt(host, S1Due.AddSeconds(1));
            var noteSecond = SweepAt(noteHost, DefenceDue.AddSeconds(1));

            foreach (var outputs in new[] { second, noteSecond })
            {
                Assert.AreEqual("0 0 0 0 0 0 0 0 0", string.Join(" ", outputs.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Value)));
            }
            Assert.AreEqual(NothingToChange, host.CallSummary);
            Assert.AreEqual(NothingToChange, noteHost.CallSummary);
            Assert.AreEqual(string.Empty, noteHost.StepSummary);
        }

        [TestMethod]
        public void ServiceCallBudgetForOneOverdueRequestIsTheQueriesTheSettingsTheHolidaysAndOneUpdate()
        {
            var (host, _) = OnTimeS1Request();

            SweepAt(host, S1Due.AddSeconds(1));

            Assert.AreEqual("RetrieveMultiple pch_behaviournote, RetrieveMultiple pch_request, RetrieveMultiple pch_holiday, RetrieveMultiple pch_setting, "
                + "Update pch_request, RetrieveMultiple pch_request, RetrieveMultiple pch_behaviournote, RetrieveMultiple pch_behaviournote", host.CallSummary);
            Assert.AreEqual(string.Empty, host.StepSummary); // computed columns only: the request step does not filter on them
        }

        [TestMethod]
        public void ServiceCallBudgetForOneLapsedNoteIsTheQueriesTheSettingsTheHolidaysOneUpdateAndTheAccountsCheck()
        {
            var (host, _, _) = NotifiedNoteInLetterWeek();

            SweepAt(host, DefenceDue.AddSeconds(1));

            Assert.AreEqual("RetrieveMultiple pch_behaviournote, RetrieveMultiple pch_holiday, RetrieveMultiple pch_setting, Update pch_behaviournote, "
                + "RetrieveMultiple pch_request, RetrieveMultiple pch_request, RetrieveMultiple pch_behaviournote, RetrieveMultiple pch_behaviournote", host.CallSummary);
            Assert.AreEqual("BehaviourNotePlugin, NoteInForcePlugin", host.StepSummary);
        }

        [TestMethod]
        public void PagingReadsEveryOverdueRequestWhenThereAreMoreThanAPage()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            var requests = Enumerable.Range(0, 7).Select(_ => CreateS1Request(host)).ToArray();

            var outputs = SweepAt(host, S1Due.AddSeconds(1), pageSize: 3);

            Assert.AreEqual(7, Output(outputs, nameof(SweepLapsedStatesActivity.RequestsOverdue)));
            Assert.AreEqual(7, requests.Count(r => StatusOf(host, r) == (int)Choices.DeadlineStatus.Overdue));
            // 3 pages of lapsed requests, then one page of the open requests that can be stale (D5): none, since every
            // request stored the fingerprint of no holiday and no holiday is stored.
            Assert.AreEqual(4, host.Calls.Count(c => c.MadeBy == null && c.MessageName == "RetrieveMultiple" && c.EntityName == Request.EntityLogicalName));
        }

        [TestMethod]
        public void ANoteWhoseCompanyHasNoRegionIsCountedAsAnErrorAndTheOtherRowsStillChange()
        {
            var (host, _, note) = NotifiedNoteInLetterWeek();
            var orphan = host.Seed(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "Nota sin región",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, SeedCompany(host, region: null)),
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = new DateTime(2026, 6, 1),
                [BehaviourNote.DefenceDue] = DefenceDue,
            });

            var outputs = SweepAt(host, DefenceDue.AddSeconds(1));

            Assert.AreEqual(1, Output(outputs, nameof(SweepLapsedStatesActivity.Failed)));
            Assert.AreEqual(1, Output(outputs, nameof(SweepLapsedStatesActivity.NotesUpheld)));
            Assert.AreEqual((int)Choices.NoteStatus.Upheld, NoteStatusOf(host, note));
            Assert.AreEqual((int)Choices.NoteStatus.Notified, NoteStatusOf(host, orphan));
            Assert.IsTrue(host.Tracing.Lines.Any(l => l.StartsWith($"pch_behaviournote {orphan}: no se pudo actualizar: ", StringComparison.Ordinal)));
        }

        [TestMethod]
        public void APageSizeAboveFiveThousandIsRefusedNamingTheInputAndTheAcceptedRange()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var message = host.RunExpectingError(new SweepLapsedStatesActivity(), Inputs(pageSize: 5001));

            Assert.AreEqual("«Actualizar plazos y notas vencidas»: «Registros por página» tiene el valor «5001», que no es válido; se espera un número entero de 1 a 5000, o vacío para 5000.", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void ANegativePageSizeIsRefused()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var message = host.RunExpectingError(new SweepLapsedStatesActivity(), Inputs(pageSize: -1));

            Assert.AreEqual("«Actualizar plazos y notas vencidas»: «Registros por página» tiene el valor «-1», que no es válido; se espera un número entero de 1 a 5000, o vacío para 5000.", message);
        }

        [TestMethod]
        public void OutsideAProcessTheSweepSaysItRunsOnlyAsAProcessStep()
        {
            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => WorkflowInvoker.Invoke(new SweepLapsedStatesActivity()));

            Assert.AreEqual("«Actualizar plazos y notas vencidas»: el servicio IWorkflowContext no está disponible. Esta actividad solo se ejecuta como paso de un proceso (flujo de trabajo clásico) de Dataverse.", error.Message);
        }
    }
}
