using System.Linq;
using System.Text.RegularExpressions;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Every main form has display conditions naming roles that exist (PCH012). Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class FormDisplayCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void Forms_CarteraWithoutDisplayConditions_FailsNamingTheFormAndTheFix()
        {
            var broken = Good.WithCustomizations(x => Regex.Replace(x, "<DisplayConditions Order=\"0\" FallbackForm=\"false\">.*?</DisplayConditions>", string.Empty, RegexOptions.Singleline));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.FormDisplay, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "form 'Cartera ProChile'");
            StringAssert.StartsWith(problem.Message, "the main form of table account has no display conditions");
            StringAssert.Contains(problem.Fix, "<DisplayConditions Order=\"0\" Fallback=\"true\"><Everyone /></DisplayConditions>");
        }

        [TestMethod]
        public void Forms_DisplayConditionForARoleNobodyHas_Fails()
        {
            var regional = DeterministicGuid.Braced(ComponentIds.Role("ejecutivo-regional"));
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<Role Id=\"" + regional + "\" />", "<Role Id=\"{00000000-0000-0000-0000-0000000000bb}\" />"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.FormDisplay, problem.Code);
            StringAssert.StartsWith(problem.Message, "its display conditions name the role {00000000-0000-0000-0000-0000000000bb}");
        }
    }
}
