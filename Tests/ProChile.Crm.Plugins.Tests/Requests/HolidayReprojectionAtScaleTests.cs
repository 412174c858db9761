using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Requests;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    /// <summary>
    /// Issue 10, defect 6: a holiday spanned by more open requests than one query page (5,000) moves every one of them,
    /// and what a time budget leaves undone is traced and found again by the sweep's test (stale fingerprint).
    /// The requests are seeded (no plugins) as copies of one the request step computed, so the test stays fast.
    /// </summary>
    [TestClass]
    public sealed class HolidayReprojectionAtScaleTests : PipelineTest
    {
        private const int OpenRequests = 12_000;
        private static readonly DateTime DueWithHoliday = new DateTime(2025, 3, 18, 2, 59, 59, DateTimeKind.Utc);

        internal static Entity ElectionDay() => new Entity(Holiday.EntityLogicalName)
        {
            [Holiday.Name] = "Feriado de prueba",
            [Holiday.Date] = new DateTime(2025, 3, 12),
            [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
            [Holiday.LegalBasis] = "Ley 99.999",
        };

        /// <summary>An S7 question from Now as the request step stores it, and <paramref name="copies"/> seeded copies of it.</summary>
        internal static IReadOnlyList<Guid> OpenHelpCentreQuestions(LocalOrganization.LocalOrganization org, int copies)
        {
            var first = org.Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Consulta CDA",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
            });
            var stored = org.Inspect(Request.EntityLogicalName, first)!;
            var columns = RequestProjection.InputColumns.Concat(RequestProjection.OutputColumns).Append(Request.Name).ToArray();
            var rows = Enumerable.Range(1, copies - 1).Select(_ =>
            {
                var copy = new Entity(Request.EntityLogicalName);
                foreach (var column in columns.Where(stored.Contains))
                {
                    copy[column] = stored[column];
                }
                return copy;
            }).ToArray();
            return new[] { first }.Concat(org.Seed(rows)).ToList();
        }

        /// <summary>Every stored request, page by page (a query returns at most 5,000 rows).</summary>
        internal static IEnumerable<Entity> AllRequests(LocalOrganization.LocalOrganization org)
        {
            var query = new QueryExpression(Request.EntityLogicalName) { ColumnSet = new ColumnSet(true), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
            query.AddOrder(Request.PrimaryId, OrderType.Ascending);
            while (true)
            {
                var page = org.ServiceFor(org.SystemUserId).RetrieveMultiple(query);
                foreach (var row in page.Entities)
                {
                    yield return row;
                }
                if (!page.MoreRecords)
                {
                    yield break;
                }
                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        private IEnumerable<Entity> Requests() => AllRequests(Org);

        [TestMethod]
        public void Issue10Defect6_ANewHolidayMovesTheDeadlineOfAll12000OpenRequestsItFallsIn_ThreePages()
        {
            OpenHelpCentreQuestions(Org, OpenRequests);
            Service.Create(ElectionDay());
            StartCounting();

            var jobs = Org.RunPendingAsync();

            Assert.IsTrue(jobs.All(j => j.Succeeded), string.Join("; ", jobs.Select(j => j.FailureMessage)));
            Assert.AreEqual(OpenRequests, Requests().Count(r => r.GetAttributeValue<DateTime>(Request.Due) == DueWithHoliday));
            var calls = CallsListBy<HolidayReprojectionPlugin>();
            Assert.AreEqual(3, calls.Count(c => c == "RetrieveMultiple pch_request"));
            Assert.AreEqual(OpenRequests, calls.Count(c => c == "Update pch_request"));
            CollectionAssert.Contains(Org.Activity.TracesOf<HolidayReprojectionPlugin>().ToArray(),
                $"HolidayReprojectionPlugin: feriado del 2025-03-12: {OpenRequests} leída(s), {OpenRequests} reproyectada(s), {OpenRequests} escrita(s), 0 con error, 0 pendiente(s).");
        }
    }
}
