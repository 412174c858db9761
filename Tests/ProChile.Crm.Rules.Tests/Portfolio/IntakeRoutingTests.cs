using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Routing;

namespace ProChile.Crm.Rules.Tests.Portfolio
{
    [TestClass]
    public sealed class IntakeRoutingTests
    {
        [TestMethod]
        public void C8_TestIsMandatoryOnlyForACompanyThatHasNotExportedInThreeYears()
        {
            Assert.IsTrue(IntakeRouting.IsSelfDiagnosisRequired(exportedInLastThreeYears: false));
            Assert.IsFalse(IntakeRouting.IsSelfDiagnosisRequired(exportedInLastThreeYears: true));
        }

        [TestMethod]
        public void C8_NonExporterIsSentToTheSelfDiagnosisTest()
        {
            var route = IntakeRouting.AfterCharacterisationForm(exportedInLastThreeYears: false, isFormerUser: false);

            Assert.AreEqual(IntakeStep.SelfDiagnosisTest, route.Step);
            Assert.IsNull(route.Deadline);
        }

        [TestMethod]
        public void S1_NonUserExporterIsContactedByTheRegionalOffice()
        {
            var route = IntakeRouting.AfterCharacterisationForm(exportedInLastThreeYears: true, isFormerUser: false);

            Assert.AreEqual(IntakeStep.RegionalOfficeContact, route.Step);
            Assert.AreEqual("S1", route.Deadline!.Id);
        }

        [TestMethod]
        public void S5_FormerUserThatExportsIsContactedUnderS5()
        {
            var route = IntakeRouting.AfterCharacterisationForm(exportedInLastThreeYears: true, isFormerUser: true);

            Assert.AreEqual("S5", route.Deadline!.Id);
        }

        [TestMethod]
        [DataRow(ExportPotential.High)]
        [DataRow(ExportPotential.Medium)]
        public void S3_HighOrMediumPotentialIsContactedWithinThreeBusinessDays(ExportPotential potential)
        {
            var route = IntakeRouting.AfterSelfDiagnosis(potential, "valparaiso");

            Assert.AreEqual(IntakeStep.RegionalOfficeContact, route.Step);
            Assert.AreEqual("S3", route.Deadline!.Id);
        }

        [TestMethod]
        [DataRow("metropolitana")]
        [DataRow("tarapaca")]
        [DataRow("biobio")]
        [DataRow("los-lagos")]
        public void S4_LowPotentialGetsTheAutomaticGuidanceEmail(string region)
        {
            var route = IntakeRouting.AfterSelfDiagnosis(ExportPotential.Low, region);

            Assert.AreEqual(IntakeStep.AutomaticGuidanceEmail, route.Step);
            Assert.AreEqual("S4", route.Deadline!.Id);
            Assert.AreEqual("S4.GuidanceEmail", route.Reason.Code);
        }

        [TestMethod]
        [DataRow("arica-y-parinacota")]
        [DataRow("atacama")]
        [DataRow("los-rios")]
        [DataRow("aysen")]
        [DataRow("magallanes")]
        public void S4_LowPotentialInTheFiveExceptedRegionsFollowsS3Instead(string region)
        {
            var route = IntakeRouting.AfterSelfDiagnosis(ExportPotential.Low, region);

            Assert.AreEqual(IntakeStep.RegionalOfficeContact, route.Step);
            Assert.AreEqual("S3", route.Deadline!.Id);
            Assert.AreEqual("S4.RegionalException", route.Reason.Code);
        }

        [TestMethod]
        public void S4_ExceptionReasonNamesTheRegion()
        {
            var route = IntakeRouting.AfterSelfDiagnosis(ExportPotential.Low, "Aysen");

            StringAssert.StartsWith(route.Reason.Text, "Potencialidad exportadora Baja en la región de Aysén: no recibe el correo automático");
        }

        [TestMethod]
        public void C8_UnknownRegionIsRefused()
        {
            Assert.ThrowsExactly<UnknownRegionException>(() => IntakeRouting.AfterSelfDiagnosis(ExportPotential.Low, "patagonia"));
        }
    }
}
