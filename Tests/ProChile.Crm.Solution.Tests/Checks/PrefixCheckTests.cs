using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Every name the solution creates carries the publisher prefix (0x80048062). Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class PrefixCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void Prefix_ColumnWithoutThePublisherPrefix_FailsNamingTheRename()
        {
            var broken = Good.WithCustomizations(x => x
                .Replace("PhysicalName=\"pch_StrategicSector\"", "PhysicalName=\"StrategicSector\"")
                .Replace("<Name>pch_strategicsector</Name>", "<Name>strategicsector</Name>")
                .Replace("<LogicalName>pch_strategicsector</LogicalName>", "<LogicalName>strategicsector</LogicalName>")
                .Replace("datafieldname=\"pch_strategicsector\"", "datafieldname=\"strategicsector\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Prefix, problem.Code);
            Assert.AreEqual("table account, column StrategicSector", problem.Component!.Display);
            StringAssert.Contains(problem.Fix, "rename it to \"pch_strategicsector\"");
        }

        [TestMethod]
        public void Prefix_GlobalChoiceWithoutThePrefix_Fails()
        {
            var broken = Good
                .WithCustomizations(x => x.Replace("pch_holidayscope", "holidayscope"))
                .WithPart(SolutionPackage.SolutionPart, x => x.Replace("pch_holidayscope", "holidayscope"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Prefix, problem.Code);
            StringAssert.Contains(problem.Message, "the choice name \"holidayscope\" lacks the publisher prefix \"pch_\"");
        }
    }
}
