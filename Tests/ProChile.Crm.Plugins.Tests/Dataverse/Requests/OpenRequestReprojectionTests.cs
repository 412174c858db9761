using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Tests.Requests;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Plugins.Tests.Dataverse.Requests
{
    [TestClass]
    public sealed class OpenRequestReprojectionTests : PipelineTest
    {
        private const int OpenRequests = 12_000;
        private static readonly DateTime DueWithHoliday = new DateTime(2025, 3, 18, 2, 59, 59, DateTimeKind.Utc);

        /// <summary>A budget that runs out once the service has written <paramref name="rows"/> rows.</summary>
        private static RunningTimeBudget SpentAfterRows(CountingService service, int rows) =>
            new RunningTimeBudget(TimeSpan.FromSeconds(1), () => service.Updates >= rows ? TimeSpan.FromSeconds(1) : TimeSpan.Zero);

        private static RunningTimeBudget NeverSpent() => new RunningTimeBudget(TimeSpan.FromSeconds(1), () => TimeSpan.Zero);

        private sealed class CountingService : IOrganizationService
        {
            private readonly IOrganizationService inner;

            public CountingService(IOrganizationService inner) => this.inner = inner;

            public int Updates { get; private set; }

            public Guid Create(Entity entity) => inner.Create(entity);
            public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);
            public void Update(Entity entity)
            {
                inner.Update(entity);
                Updates++;
            }
            public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);
            public OrganizationResponse Execute(OrganizationRequest request) => inner.Execute(request);
            public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Associate(entityName, entityId, relationship, relatedEntities);
            public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Disassociate(entityName, entityId, relationship, relatedEntities);
            public EntityCollection RetrieveMultiple(QueryBase query) => inner.RetrieveMultiple(query);
        }

        private OpenRequestReprojection Reprojection(IOrganizationService service, RunningTimeBudget budget, List<string> traces) =>
            new OpenRequestReprojection(service, () => RequestCalendars.Read(service), () => SettingsReader.Read(service, TestTracing.Silent), Now, budget,
                (format, args) => traces.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args)));

        [TestMethod]
        public void D5_TheSweepReadsOnlyRowsThatCanBeStale_ACurrentRowWithNoHolidayInItsWindowIsNotRead()
        {
            var ids = HolidayReprojectionAtScaleTests.OpenHelpCentreQuestions(Org, 4);
            var service = Org.ServiceFor(Org.SystemUserId);
            // Computed before fingerprints were stored, and computed with some holiday since withdrawn.
            service.Update(new Entity(Request.EntityLogicalName, ids[1]) { [Request.HolidaySet] = null });
            service.Update(new Entity(Request.EntityLogicalName, ids[2]) { [Request.HolidaySet] = "0123456789abcdef" });
            var outside = new Entity(HolidayReprojectionAtScaleTests.ElectionDay().LogicalName) { Attributes = HolidayReprojectionAtScaleTests.ElectionDay().Attributes };
            outside[ProChile.Crm.Dataverse.Schema.Holiday.Date] = new DateTime(2025, 9, 17);
            Org.Seed(outside);

            CollectionAssert.AreEquivalent(new[] { ids[1], ids[2] }, Read(service).ToList());

            // A holiday in every row's window (it moves their due, DueWithHoliday): every row can be stale, and is read.
            Org.Seed(HolidayReprojectionAtScaleTests.ElectionDay());
            CollectionAssert.AreEquivalent(ids.ToList(), Read(service).ToList());
        }

        private static IEnumerable<Guid> Read(IOrganizationService service) =>
            service.RetrieveMultiple(OpenRequestReprojection.PossiblyStale(ProChile.Crm.Dataverse.Calendar.OneOffHolidayRows.Read(service))).Entities.Select(e => e.Id);

        [TestMethod]
        public void Issue10Defect6_WhenTheBudgetRunsOutTheRestIsTracedAndFoundStaleThenFinished()
        {
            HolidayReprojectionAtScaleTests.OpenHelpCentreQuestions(Org, OpenRequests);
            Org.Seed(HolidayReprojectionAtScaleTests.ElectionDay()); // no plugin: nothing re-projected yet
            var service = new CountingService(Org.ServiceFor(Org.SystemUserId));
            var traces = new List<string>();

            var first = Reprojection(service, SpentAfterRows(service, 5000), traces).Run(OpenRequestReprojection.OpenRequests(), _ => true);

            Assert.AreEqual("12000 leída(s), 5000 reproyectada(s), 5000 escrita(s), 0 con error, 7000 pendiente(s)", first.ToString());
            CollectionAssert.Contains(traces, "límite de tiempo alcanzado: quedan 7000 solicitud(es) abiertas sin reproyectar; conservan su huella de feriados anterior y el barrido diario las reproyecta.");
            var sweep = Reprojection(service, NeverSpent(), traces);
            Assert.AreEqual(7000, HolidayReprojectionAtScaleTests.AllRequests(Org).Count(sweep.IsStale));

            var second = sweep.Run(OpenRequestReprojection.OpenRequests(), sweep.IsStale);

            Assert.AreEqual(7000, second.Written);
            Assert.IsTrue(second.Complete);
            var all = HolidayReprojectionAtScaleTests.AllRequests(Org).ToList();
            Assert.AreEqual(OpenRequests, all.Count(r => r.GetAttributeValue<DateTime>(Request.Due) == DueWithHoliday));
            Assert.AreEqual(0, all.Count(sweep.IsStale));
        }

        [TestMethod]
        public void ARowThatCannotBeProjectedIsTracedAndCountedAndTheOthersStillMove()
        {
            var ids = HolidayReprojectionAtScaleTests.OpenHelpCentreQuestions(Org, 3);
            Org.Seed(HolidayReprojectionAtScaleTests.ElectionDay());
            var service = Org.ServiceFor(Org.SystemUserId);
            // A broken office value, as an import could leave it (no plugin runs on Seed).
            var broken = Org.Inspect(Request.EntityLogicalName, ids[1])!;
            Org.Seed(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Importada con oficina inválida",
                [Request.Rule] = broken[Request.Rule],
                [Request.Start] = broken[Request.Start],
                [Request.Due] = broken[Request.Due],
                [Request.CommercialOffice] = "Marte/Olympus",
            });
            var traces = new List<string>();

            var outcome = Reprojection(service, NeverSpent(), traces).Run(OpenRequestReprojection.OpenRequests(), _ => true);

            Assert.AreEqual("4 leída(s), 4 reproyectada(s), 3 escrita(s), 1 con error, 0 pendiente(s)", outcome.ToString());
            Assert.AreEqual(1, traces.Count(t => t.Contains("no se pudo reproyectar") && t.Contains("«pch_commercialoffice»")));
        }
    }
}
