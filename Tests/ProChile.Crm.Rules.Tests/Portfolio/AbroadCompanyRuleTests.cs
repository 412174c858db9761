using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.Tests.Portfolio
{
    [TestClass]
    public sealed class AbroadCompanyRuleTests
    {
        [TestMethod]
        public void C9_CompanyWithAChileanRutIsAChileanCompany()
        {
            Assert.AreEqual(CompanyOrigin.Chilean, AbroadCompanyRule.Decide(hasChileanRut: true, hasChileanCapital: false, ledByChileans: false).Origin);
        }

        [TestMethod]
        [DataRow(true, false)]
        [DataRow(false, true)]
        [DataRow(true, true)]
        public void C9_WithoutRutButWithChileanCapitalOrLeadershipIsAnEmpresaActivaInternacional(bool capital, bool led)
        {
            var decision = AbroadCompanyRule.Decide(hasChileanRut: false, hasChileanCapital: capital, ledByChileans: led);

            Assert.AreEqual(CompanyOrigin.ChileanAbroad, decision.Origin);
            Assert.AreEqual("C9.EmpresaActivaInternacional", decision.Reason.Code);
        }

        [TestMethod]
        public void C9_WithoutRutCapitalOrLeadershipIsAForeignCompany()
        {
            var decision = AbroadCompanyRule.Decide(hasChileanRut: false, hasChileanCapital: false, ledByChileans: false);

            Assert.AreEqual(CompanyOrigin.Foreign, decision.Origin);
            StringAssert.Contains(decision.Reason.Text, "institución símil de ProChile en el mercado o a una cámara de comercio");
        }
    }
}
