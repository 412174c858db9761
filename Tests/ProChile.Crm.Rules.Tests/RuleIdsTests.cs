namespace ProChile.Crm.Rules.Tests
{
    [TestClass]
    public sealed class RuleIdsTests
    {
        [TestMethod]
        public void ProtocolNameIsThe2024Policy()
        {
            Assert.AreEqual("Política y Protocolo de Atención de Usuarios ProChile 2024", ProChile.Crm.Rules.RuleIds.Protocol);
        }
    }
}
