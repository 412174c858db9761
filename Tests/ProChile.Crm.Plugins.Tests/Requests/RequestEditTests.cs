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
    }
}
