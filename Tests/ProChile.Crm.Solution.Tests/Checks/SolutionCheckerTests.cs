using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>The checker passes the packed source and stops at a zip without its three root parts (0x80048060). Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class SolutionCheckerTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void PackedSourceWithFixturePlugins_HasNoProblem()
        {
            var problems = Good.Check();

            Assert.AreEqual(0, problems.Count, problems.Describe());
        }

        [TestMethod]
        public void Layout_ZipWithoutContentTypes_FailsBeforeAnyOtherCheck()
        {
            var parts = Good.Parts.Where(p => p.Key != SolutionPackage.ContentTypesPart).ToDictionary(p => p.Key, p => p.Value);

            var problem = new SolutionPackage(parts).Check().Single();

            Assert.AreEqual(ProblemCodes.Layout, problem.Code);
            StringAssert.Contains(problem.Message, "[Content_Types].xml");
        }
    }
}
