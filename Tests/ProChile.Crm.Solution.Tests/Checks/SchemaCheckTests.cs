using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>customizations.xml against Microsoft's 9.0 schema (0x8004801A). Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class SchemaCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void Schema_ElementTheNinePointZeroSchemaDoesNotKnow_FailsNamingTheLineAndTheTable()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<EntitySetName>pch_actions</EntitySetName>", "<EntitySetName>pch_actions</EntitySetName><IsRetrieveAuditEnabled>1</IsRetrieveAuditEnabled>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Schema, problem.Code);
            Assert.AreEqual("tabla pch_action", problem.Component!.Display);
            StringAssert.Contains(problem.Message, "IsRetrieveAuditEnabled");
            StringAssert.Contains(problem.Message, "línea ");
        }

        [TestMethod]
        public void Schema_TopLevelElementsOutOfSequenceOrder_Fail()
        {
            // optionsets must follow EntityRelationships (the root is an xs:sequence).
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<Entities>", "<optionsets /><Entities>"));

            var problems = broken.Check();

            Assert.IsTrue(problems.Any(p => p.Code == ProblemCodes.Schema), problems.Describe());
        }

        [TestMethod]
        public void Schema_ChartMeasureWithoutItsAlias_FailsNamingTheChart()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("&lt;measure alias=\"solicitudes\" /&gt;", "&lt;measure /&gt;"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Schema, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "gráfico 'Cumplimiento de plazos por oficina'");
            StringAssert.Contains(problem.Message, "alias");
        }
    }
}
