using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CsCheck;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using HolidayTable = ProChile.Crm.Dataverse.Schema.Holiday;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    /// <summary>
    /// Issue 10: random edit sequences on requests (start, office, commercial office, rule, answer, channel and
    /// urgency, visit date) with one-off holidays added, moved and removed in between, the asynchronous jobs run
    /// after each holiday change. After every sequence each stored computed column of every request equals a fresh
    /// projection from its stored inputs (<see cref="RequestProjection.ProjectStored"/>), and the only refusals are the
    /// plugins' own Spanish ones (InvalidPluginExecutionException, never an unexpected error).
    /// One CsCheck iteration from a fixed seed generates all the sequences, so every run checks the same ones.
    /// </summary>
    [TestClass]
    public sealed class RequestEditPropertyTests
    {
        private const string Seed = "1xn1HwIbwfUS";
        private const int Sequences = 100;
        private static readonly DateTime Now = new DateTime(2025, 3, 10, 15, 0, 0, DateTimeKind.Utc);

        private static readonly Choices.Region[] OfficeChoices =
            { Choices.Region.Metropolitana, Choices.Region.Magallanes, Choices.Region.Nuble, Choices.Region.AricaYParinacota, Choices.Region.Valparaiso };

        private static readonly Choices.Channel[] ChannelChoices =
            { Choices.Channel.HelpCentre, Choices.Channel.Executive, Choices.Channel.OneClickImport, Choices.Channel.CommercialOpportunities, Choices.Channel.Email };

        /// <summary>One edit: its kind and three numbers that pick the row and the value.</summary>
        public sealed record Edit(int Kind, int A, int B, int C)
        {
            public override string ToString() => $"({Kind},{A},{B},{C})";
        }

        private static readonly Gen<Edit> AnEdit =
            Gen.Select(Gen.Int[0, 11], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000]).Select((k, a, b, c) => new Edit(k, a, b, c));

        private static readonly Gen<Edit[]> ASequence = AnEdit.Array[1, 14];

        [TestMethod]
        public void Issue10_AfterAnyEditSequenceEveryComputedColumnEqualsAFreshProjectionAndOnlySpanishRefusalsEscape()
        {
            ASequence.Array[Sequences].Sample(sequences =>
            {
                foreach (var sequence in sequences)
                {
                    Run(sequence);
                }
                return true;
            }, seed: Seed, iter: 1, threads: 1);
        }

        private static void Run(Edit[] sequence)
        {
            var org = ProChileOrganization.Create(Now);
            var requests = new List<Guid>();
            var holidays = new List<Guid>();
            var log = new List<string>();
            foreach (var edit in sequence)
            {
                log.Add(edit.ToString());
                try
                {
                    Apply(org, edit, requests, holidays);
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    AssertSpanishRefusal(fault.Detail, log);
                }
                foreach (var job in org.RunPendingAsync())
                {
                    Assert.IsTrue(job.Succeeded, $"{string.Join(" ", log)}: {job.FailureMessage}");
                }
            }
            AssertEveryRequestProjectsToWhatIsStored(org, log);
        }

        private static void AssertSpanishRefusal(OrganizationServiceFault fault, List<string> log)
        {
            Assert.AreEqual(unchecked((int)0x80040265), fault.ErrorCode, $"{string.Join(" ", log)}: not a plugin's refusal: {fault.Message}");
            Assert.IsFalse(fault.Message.StartsWith("Error inesperado", StringComparison.Ordinal), $"{string.Join(" ", log)}: {fault.Message}");
        }

        private static void AssertEveryRequestProjectsToWhatIsStored(LocalOrganization.LocalOrganization org, List<string> log)
        {
            var service = org.ServiceFor(org.SystemUserId);
            var calendars = RequestCalendars.Read(service);
            var settings = SettingsReader.Read(service, TestTracing.Silent);
            foreach (var row in org.InspectAll(Request.EntityLogicalName))
            {
                var changes = RequestProjection.ChangesFrom(row, RequestProjection.ProjectStored(row, calendars, settings, Now));
                Assert.IsNull(changes, $"{string.Join(" ", log)}: request {row.Id} stores stale {string.Join(", ", changes?.Attributes.Select(a => a.Key) ?? Array.Empty<string>())}");
            }
        }

        private static DateTime Instant(int minutes) => Now.AddDays(-20).AddMinutes(minutes * 43); // about 30 days around Now

        private static DateTime Date(int value) => new DateTime(2025, 2, 20).AddDays(value % 50);

        private static void Apply(LocalOrganization.LocalOrganization org, Edit edit, List<Guid> requests, List<Guid> holidays)
        {
            var service = org.Service;
            if (edit.Kind == 0 || (requests.Count == 0 && !(edit.Kind >= 7 && edit.Kind <= 9)) || (holidays.Count == 0 && (edit.Kind == 8 || edit.Kind == 9)))
            {
                var request = new Entity(Request.EntityLogicalName) { [Request.Name] = "Solicitud de prueba" };
                SetRoute(request, edit.A, edit.B);
                SetOffice(request, edit.C);
                if (edit.A % 3 == 0)
                {
                    request[Request.Start] = Instant(edit.B);
                }
                if (edit.C % 4 == 0)
                {
                    request[Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S1 + edit.B % 14);
                }
                requests.Add(service.Create(request));
                return;
            }
            var id = requests.Count == 0 ? Guid.Empty : requests[edit.A % requests.Count];
            var update = new Entity(Request.EntityLogicalName, id);
            switch (edit.Kind)
            {
                case 1:
                    update[Request.Start] = Instant(edit.B);
                    break;
                case 2:
                    update[Request.Start] = null;
                    break;
                case 3:
                    SetOffice(update, edit.B);
                    break;
                case 4:
                    update[Request.Rule] = edit.B % 15 == 0 ? null : new OptionSetValue((int)Choices.DeadlineRule.S1 + edit.B % 14);
                    break;
                case 5:
                    update[Request.AnsweredOn] = edit.B % 4 == 0 ? (object?)null : Instant(edit.C);
                    break;
                case 6:
                    SetRoute(update, edit.B, edit.C);
                    break;
                case 7:
                    holidays.Add(service.Create(Holiday(edit.A, edit.B)));
                    return;
                case 8:
                    service.Update(new Entity(HolidayTable.EntityLogicalName, holidays[edit.A % holidays.Count]) { [HolidayTable.Date] = Date(edit.B) });
                    return;
                case 9:
                    var removed = holidays[edit.A % holidays.Count];
                    holidays.Remove(removed);
                    service.Delete(HolidayTable.EntityLogicalName, removed);
                    return;
                case 10:
                    update[Request.VisitDate] = edit.B % 3 == 0 ? (object?)null : Date(edit.C).AddDays(10);
                    break;
                default:
                    update[Request.CommercialOffice] = edit.B % 2 == 0 ? null : "America/New_York";
                    break;
            }
            service.Update(update);
        }

        private static void SetRoute(Entity request, int channel, int urgency)
        {
            request[Request.Channel] = new OptionSetValue((int)ChannelChoices[channel % ChannelChoices.Length]);
            request[Request.Urgency] = urgency % 3 == 0 ? null : new OptionSetValue(urgency % 3 == 1 ? (int)Choices.Urgency.Urgent : (int)Choices.Urgency.Medium);
        }

        // An office, or (one time in six) none and a commercial office abroad.
        private static void SetOffice(Entity request, int value)
        {
            if (value % 6 == 5)
            {
                request[Request.Office] = null;
                request[Request.CommercialOffice] = "Asia/Shanghai";
                return;
            }
            request[Request.Office] = new OptionSetValue((int)OfficeChoices[value % OfficeChoices.Length]);
        }

        private static Entity Holiday(int date, int scope)
        {
            var holiday = new Entity(HolidayTable.EntityLogicalName)
            {
                [HolidayTable.Name] = "Feriado aleatorio",
                [HolidayTable.Date] = Date(date),
                [HolidayTable.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
            };
            if (scope % 3 == 0)
            {
                holiday[HolidayTable.Scope] = new OptionSetValue((int)Choices.HolidayScope.Regional);
                holiday[HolidayTable.Region] = new OptionSetValue((int)OfficeChoices[scope % OfficeChoices.Length]);
            }
            return holiday;
        }
    }
}
