namespace ProChile.Crm.Plugins.Tests
{
    [TestClass]
    public sealed class SmokeTests
    {
        [TestMethod]
        public void EveryDeclaredStepRegistersOnTheLocalOrganization()
        {
            var org = ProChileOrganization.Create(new System.DateTime(2025, 3, 10, 15, 0, 0, System.DateTimeKind.Utc));
            Assert.AreEqual(0, org.PendingAsyncJobs);
        }
    }
}
