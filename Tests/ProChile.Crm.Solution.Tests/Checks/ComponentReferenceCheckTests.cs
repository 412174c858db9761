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
            StringAssert.Contains(problem.Message, "\"pch_urgencia\", which the solution does not contain (import error 0x80048039)");
        }

        [TestMethod]
        public void References_DashboardGridOnAViewTheTableLacks_FailsNamingTheDashboard()
        {
            var riskView = ProChile.Crm.SolutionPackager.Generation.DeterministicGuid.Braced(
                ProChile.Crm.SolutionPackager.Generation.ComponentIds.View("pch_request", "solicitudes-en-riesgo"));
            var broken = Good.WithCustomizations(x => x.Replace("<ViewId>" + riskView + "</ViewId>", "<ViewId>{00000000-0000-0000-0000-000000000001}</ViewId>", System.StringComparison.Ordinal));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Reference, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "dashboard 'Plazos del protocolo'");
            Assert.AreEqual("a grid shows view {00000000-0000-0000-0000-000000000001}, which table pch_request does not have.", problem.Message);
        }

        [TestMethod]
        public void References_RolePrivilegeOnATableTheSolutionLacks_FailsNamingTheRole()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("name=\"prvReadpch_Setting\"", "name=\"prvReadpch_Settings\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Reference, problem.Code);
            Assert.AreEqual("role", problem.Component!.Kind);
            StringAssert.Contains(problem.Message, "grants prvReadpch_Settings on table \"pch_settings\"");
        }

        [TestMethod]
        public void References_OrganizationOwnedTableBelowGlobal_FailsNamingTheLevelsItTakes()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<RolePrivilege name=\"prvReadpch_Holiday\" level=\"Global\" />", "<RolePrivilege name=\"prvReadpch_Holiday\" level=\"Local\" />"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Reference, problem.Code);
            Assert.AreEqual("grants prvReadpch_Holiday at level Local, but pch_holiday is organization-owned: it takes only Create, Read, Write, Delete, Append and AppendTo, at Global.", problem.Message);
        }
    }
}
