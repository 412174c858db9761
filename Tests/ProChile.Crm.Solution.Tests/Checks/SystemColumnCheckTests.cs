using System.Linq;
using System.Text.RegularExpressions;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Custom tables carry the system columns and relationships exports carry (PCH011). Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class SystemColumnCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void SystemColumns_TableWithoutCreatedOnBehalfBy_FailsNamingTheColumn()
        {
            // The column and the relationship on it go together, as a hand-written table would lack both.
            // pch_action is the first custom table in customizations.xml, so the first CreatedOnBehalfBy is its.
            var column = new Regex("<attribute PhysicalName=\"CreatedOnBehalfBy\">.*?</attribute>", RegexOptions.Singleline);
            var broken = Good.WithCustomizations(x => Regex.Replace(
                column.Replace(x, string.Empty, 1),
                "<EntityRelationship Name=\"lk_pch_action_createdonbehalfby\">.*?</EntityRelationship>", string.Empty, RegexOptions.Singleline));

            var problems = broken.Check();

            Assert.AreEqual(2, problems.Count, problems.Describe());
            Assert.IsTrue(problems.All(p => p.Code == ProblemCodes.SystemColumns && p.Component!.Display == "table pch_action"), problems.Describe());
            Assert.AreEqual("lacks the system column createdonbehalfby, which every exported custom table carries.", problems[0].Message);
            Assert.AreEqual("lacks the system relationship lk_pch_action_createdonbehalfby (systemuser -> pch_action.createdonbehalfby), which every exported custom table carries.", problems[1].Message);
            StringAssert.Contains(problems[0].Fix, "NewTableColumns.cs");
        }

        [TestMethod]
        public void SystemColumns_TableWithoutItsOwnerRelationship_Fails()
        {
            var broken = Good.WithCustomizations(x => Regex.Replace(x, "<EntityRelationship Name=\"owner_pch_request\">.*?</EntityRelationship>", string.Empty, RegexOptions.Singleline));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.SystemColumns, problem.Code);
            Assert.AreEqual("lacks the system relationship owner_pch_request (owner -> pch_request.ownerid), which every exported custom table carries.", problem.Message);
        }

        [TestMethod]
        public void SystemColumns_OrganizationOwnedTable_PointsAtItsOrganizationNotAnOwner()
        {
            var broken = Good.WithCustomizations(x => Regex.Replace(x, "<EntityRelationship Name=\"organization_pch_setting\">.*?</EntityRelationship>", string.Empty, RegexOptions.Singleline));

            var problem = broken.Check().Single();

            Assert.AreEqual("lacks the system relationship organization_pch_setting (organization -> pch_setting.organizationid), which every exported custom table carries.", problem.Message);
        }
    }
}
