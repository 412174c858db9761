using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Every component in customizations.xml is in solution.xml's RootComponents (0x8004803A). Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class RootComponentCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void RootComponents_TableMissing_FailsNamingTheTableAndTheRootComponentToAdd()
        {
            var broken = Good.WithPart(SolutionPackage.SolutionPart, x => x.ReplaceFirst("<RootComponent type=\"1\" schemaName=\"pch_holiday\" behavior=\"0\" />", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.RootComponent, problem.Code);
            Assert.AreEqual("tabla pch_holiday", problem.Component!.Display);
            StringAssert.Contains(problem.Fix, "<RootComponent type=\"1\" schemaName=\"pch_holiday\" behavior=\"0\" />");
        }

        [TestMethod]
        public void RootComponents_StepMissing_FailsNamingTheStep()
        {
            var solution = System.Text.Encoding.UTF8.GetString(Good.Parts[SolutionPackage.SolutionPart]);
            var stepRoot = solution.Split('\n').First(l => l.Contains("type=\"92\"", System.StringComparison.Ordinal));
            var broken = Good.WithPart(SolutionPackage.SolutionPart, x => x.ReplaceFirst(stepRoot, string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.RootComponent, problem.Code);
            Assert.AreEqual("step", problem.Component!.Kind);
        }
    }
}
