using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Steps name plugin types of their assembly and columns of their table; images fit message and stage. Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class StepCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void Step_PluginTypeNotInTheAssembly_FailsNamingTheTypesThatAre()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst(
                "<PluginTypeName>ProChile.Crm.Solution.Tests.Fixtures.FixtureOptOutPlugin,",
                "<PluginTypeName>ProChile.Crm.Solution.Tests.Fixtures.RenamedPlugin,"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Step, problem.Code);
            StringAssert.Contains(problem.Message, "su tipo de plugin «ProChile.Crm.Solution.Tests.Fixtures.RenamedPlugin» no está en el ensamblado ProChile.Crm.Solution.Tests");
            StringAssert.Contains(problem.Message, "ProChile.Crm.Solution.Tests.Fixtures.FixtureOptOutPlugin");
        }

        [TestMethod]
        public void Step_FilteringColumnTheTableLacks_FailsNamingColumnAndTable()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<FilteringAttributes>pch_followupoptout,pch_category</FilteringAttributes>", "<FilteringAttributes>pch_followupoptout,pch_categry</FilteringAttributes>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Step, problem.Code);
            Assert.AreEqual("su columna de filtro «pch_categry» no existe en la tabla «account».", problem.Message);
        }

        [TestMethod]
        public void Step_ImageColumnTheTableLacks_FailsNamingImageAndColumn()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<Attributes>pch_due,pch_answeredon</Attributes>", "<Attributes>pch_due,pch_answered</Attributes>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Step, problem.Code);
            Assert.AreEqual("su imagen PostImage nombra la columna «pch_answered», que la tabla «pch_request» no tiene.", problem.Message);
        }

        [TestMethod]
        public void Step_PostImageBeforeTheOperation_Fails()
        {
            // The first stage-40 step is the fixture's asynchronous Update with a post-image.
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<Stage>40</Stage>", "<Stage>20</Stage>"));

            var problems = broken.Check();

            Assert.IsTrue(problems.Any(p => p.Code == ProblemCodes.Step && p.Message.Contains("postimagen en la etapa «20»", System.StringComparison.Ordinal)), problems.Describe());
        }
    
        [TestMethod]
        public void Activity_WithoutDescription_FailsNamingTheClassAndTheDeclarationToAdd()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<Description>D1: fixture activity</Description>", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Step, problem.Code);
            Assert.AreEqual(
                "lista la actividad de flujo de trabajo «ProChile.Crm.Solution.Tests.Fixtures.FixtureActivity» sin Description, así que el diseñador la muestra sin descripción (FriendlyName «Actividad de prueba»).",
                problem.Message);
            StringAssert.Contains(problem.Fix, "[WorkflowActivity(");
        }

        [TestMethod]
        public void Summary_ListsEachActivityByItsSpanishNameWithClassGroupAndDescription()
        {
            var summary = ProChile.Crm.SolutionPackager.SolutionSummary.Describe(Good);

            StringAssert.Contains(summary, "Actividades de flujo de trabajo (2):");
            StringAssert.Contains(summary, "  Actividad de prueba (ProChile.Crm.Solution.Tests.Fixtures.FixtureActivity, grupo ProChile Fixtures): D1: fixture activity");
        }
    }
}
