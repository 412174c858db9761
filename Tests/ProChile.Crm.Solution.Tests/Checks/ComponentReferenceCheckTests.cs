using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Choice columns name existing global choices (0x80048039); lookups, dashboards and roles resolve. Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class ComponentReferenceCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void References_ChoiceColumnOnAMissingGlobalChoice_Fails()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<OptionSetName>pch_urgency</OptionSetName>", "<OptionSetName>pch_urgencia</OptionSetName>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Reference, problem.Code);
            StringAssert.Contains(problem.Message, "«pch_urgencia», que la solución no contiene (error de importación 0x80048039)");
        }

        [TestMethod]
        public void References_DashboardGridOnAViewTheTableLacks_FailsNamingTheDashboard()
        {
            var riskView = ProChile.Crm.SolutionPackager.Generation.DeterministicGuid.Braced(
                ProChile.Crm.SolutionPackager.Generation.ComponentIds.View("pch_request", "solicitudes-en-riesgo"));
            var broken = Good.WithCustomizations(x => x.Replace("<ViewId>" + riskView + "</ViewId>", "<ViewId>{00000000-0000-0000-0000-000000000001}</ViewId>", System.StringComparison.Ordinal));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Reference, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "panel 'Plazos del protocolo'");
            Assert.AreEqual("una cuadrícula muestra la vista «{00000000-0000-0000-0000-000000000001}», que la tabla «pch_request» no tiene.", problem.Message);
        }

        [TestMethod]
        public void References_RolePrivilegeOnATableTheSolutionLacks_FailsNamingTheRole()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("name=\"prvReadpch_Setting\"", "name=\"prvReadpch_Settings\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Reference, problem.Code);
            Assert.AreEqual("role", problem.Component!.Kind);
            StringAssert.Contains(problem.Message, "concede prvReadpch_Settings sobre la tabla «pch_settings»");
        }

        [TestMethod]
        public void References_OrganizationOwnedTableBelowGlobal_FailsNamingTheLevelsItTakes()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<RolePrivilege name=\"prvReadpch_Holiday\" level=\"Global\" />", "<RolePrivilege name=\"prvReadpch_Holiday\" level=\"Local\" />"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Reference, problem.Code);
            Assert.AreEqual("concede prvReadpch_Holiday con nivel «Local», pero pch_holiday pertenece a la organización: acepta solo Create, Read, Write, Delete, Append y AppendTo, con nivel Global.", problem.Message);
        }
    }
}
