using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Choice values lie in the publisher's option value range. Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class OptionValueCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void OptionValue_OutsideThePublishersRange_FailsNamingTheRange()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<option value=\"168700003\">", "<option value=\"100000003\">"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.OptionValue, problem.Code);
            Assert.AreEqual("la opción global pch_category tiene el valor «100000003», fuera del rango del editor 168700000..168709999.", problem.Message);
        }

        [TestMethod]
        public void OptionValue_YesNoValuesZeroAndOne_AreNotInTheRangeRule()
        {
            var booleans = System.Text.Encoding.UTF8.GetString(Good.Parts[SolutionPackage.CustomizationsPart]);

            StringAssert.Contains(booleans, "<OptionSetType>bit</OptionSetType>");
            Assert.IsFalse(Good.Check().Any(p => p.Code == ProblemCodes.OptionValue));
        }
    }
}
