using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.Tests.Portfolio
{
    [TestClass]
    public sealed class SegmentRuleTests
    {
        private static AccountProfile CompleteInFocus() => new AccountProfile
        {
            RequiredDataComplete = true,
            ContactDataComplete = true,
            IsActive = true,
            ValidatedByRegionalExecutive = true,
            ExportsOrHasExportCapacity = true,
            InStrategicSector = true,
        };

        [TestMethod]
        public void C2_CompleteActiveValidatedInFocusAccountIsInThePortfolio()
        {
            var decision = SegmentRule.Decide(CompleteInFocus());

            Assert.AreEqual(AccountSegment.Portfolio, decision.Segment);
            Assert.AreEqual("C2.Member", decision.Reason.Code);
        }

        [TestMethod]
        public void C1_AccountWithRequiredFieldsMissingIsPotential()
        {
            var account = CompleteInFocus();
            account.RequiredDataComplete = false;

            var decision = SegmentRule.Decide(account);

            Assert.AreEqual(AccountSegment.Potential, decision.Segment);
            Assert.AreEqual("C1.RequiredDataIncomplete", decision.Reason.Code);
            Assert.AreEqual("C1", decision.Reason.RuleId);
            Assert.AreEqual("Cuenta potencial: faltan datos obligatorios (campos con asterisco rojo en CRM).", decision.Reason.Text);
        }

        [TestMethod]
        public void C3_DeactivatedAccountIsOutsideThePortfolioEvenWithDataMissing()
        {
            var account = CompleteInFocus();
            account.IsActive = false;
            account.RequiredDataComplete = false;

            var decision = SegmentRule.Decide(account);

            Assert.AreEqual(AccountSegment.OutsidePortfolio, decision.Segment);
            Assert.AreEqual("C3.Deactivated", decision.Reason.Code);
            Assert.AreEqual("NO CARTERA: la cuenta está desactivada.", decision.Reason.Text);
        }

        [TestMethod]
        public void C3_MissingContactDataIsOutsideThePortfolioForIncompleteData()
        {
            var account = CompleteInFocus();
            account.ContactDataComplete = false;

            var decision = SegmentRule.Decide(account);

            Assert.AreEqual(AccountSegment.OutsidePortfolio, decision.Segment);
            Assert.AreEqual("C3.ContactDataIncomplete", decision.Reason.Code);
        }

        [TestMethod]
        public void C2_AccountNotValidatedByItsRegionalExecutiveIsOutsideThePortfolio()
        {
            var account = CompleteInFocus();
            account.ValidatedByRegionalExecutive = false;

            Assert.AreEqual("C3.NotValidated", SegmentRule.Decide(account).Reason.Code);
        }

        [TestMethod]
        public void C3_NonExporterWithoutCapacityIsOutOfFocus()
        {
            var account = CompleteInFocus();
            account.ExportsOrHasExportCapacity = false;

            var decision = SegmentRule.Decide(account);

            Assert.AreEqual(AccountSegment.OutsidePortfolio, decision.Segment);
            Assert.AreEqual("C3.OutOfFocus.NoExportCapacity", decision.Reason.Code);
        }

        [TestMethod]
        public void C3_CompanyOutsideTheStrategysSectorsIsOutOfFocus()
        {
            var account = CompleteInFocus();
            account.InStrategicSector = false;

            var decision = SegmentRule.Decide(account);

            Assert.AreEqual(AccountSegment.OutsidePortfolio, decision.Segment);
            Assert.AreEqual("NO CARTERA: fuera de foco, su sector no está entre los que aborda la estrategia institucional.", decision.Reason.Text);
        }

        [TestMethod]
        public void C2_ExportaMasCompanyIsInThePortfolioEvenIfMarkedOutOfFocus()
        {
            var account = CompleteInFocus();
            account.InStrategicSector = false;
            account.IsExportaMas = true;

            var decision = SegmentRule.Decide(account);

            Assert.AreEqual(AccountSegment.Portfolio, decision.Segment);
            Assert.AreEqual("C2.ExportaMas", decision.Reason.Code);
        }

        [TestMethod]
        public void C3_DeactivatedExportaMasCompanyIsStillOutsideThePortfolio()
        {
            var account = CompleteInFocus();
            account.IsExportaMas = true;
            account.IsActive = false;

            Assert.AreEqual(AccountSegment.OutsidePortfolio, SegmentRule.Decide(account).Segment);
        }
    }
}
