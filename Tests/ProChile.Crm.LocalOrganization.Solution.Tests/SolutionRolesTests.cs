using System.Linq;
using ProChile.Crm.LocalOrganization.Security;

namespace ProChile.Crm.LocalOrganization.Solution.Tests
{
    /// <summary>The solution's roles reach the local organization as Solution/src describes them, under the names in <see cref="SolutionRoles"/>.</summary>
    [TestClass]
    public sealed class SolutionRolesTests
    {
        [TestMethod]
        public void TheRoleNameConstantsAreTheNamesInSolutionSrcRoles()
        {
            CollectionAssert.AreEquivalent(
                new[] { SolutionRoles.RegionalExecutive, SolutionRoles.CommercialExecutive, SolutionRoles.PortfolioAdministrator },
                SolutionTables.Shipped.Source.Roles.Select(r => r.Name).ToArray());
        }

        [TestMethod]
        public void DeclaringTheTablesDeclaresTheRoles_WithTheirPrivilegesAndDepthsAsTheSourceWritesThem()
        {
            var organization = new LocalOrganization();
            SolutionTables.Shipped.DeclareOn(organization.Schema);

            var source = SolutionTables.Shipped.Source.Roles.Single(r => r.Name == SolutionRoles.RegionalExecutive);
            var declared = organization.Schema.Roles.Role(SolutionRoles.RegionalExecutive);
            var written = source.Privileges.SelectMany(p => p.Levels.Select(l => $"{p.Table} {l.Key} {l.Value}")).OrderBy(s => s, System.StringComparer.Ordinal);
            var read = declared.Privileges.Select(p => $"{p.Table} {p.Privilege} {p.Depth}").OrderBy(s => s, System.StringComparer.Ordinal);
            CollectionAssert.AreEqual(written.ToArray(), read.ToArray());
            Assert.IsTrue(organization.Schema.Roles.Contains(SolutionRoles.BasicUser));
            Assert.IsTrue(organization.Schema.Roles.Contains(SolutionRoles.SystemAdministrator));
        }

        [TestMethod]
        public void ARefusedCreate_NamesThePrivilegeAsTheSolutionsRolesDo_InTheTablesSchemaCasing()
        {
            var organization = new LocalOrganization();
            SolutionTables.Shipped.DeclareOn(organization.Schema);
            var unit = organization.AddBusinessUnit("Oficina Regional Biobío");
            var executive = organization.AddUser("Ejecutiva", unit, SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);
            var schemaName = SolutionTables.Shipped.Source.Tables.Single(t => t.Name == "pch_categoryhistory").SchemaName;

            var fault = Assert.ThrowsExactly<System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault>>(
                () => organization.ServiceFor(executive).Create(new Microsoft.Xrm.Sdk.Entity("pch_categoryhistory") { ["pch_name"] = "2 → 3" }));

            Assert.AreEqual("pch_CategoryHistory", schemaName);
            StringAssert.Contains(fault.Detail.Message, "is missing prvCreatepch_CategoryHistory privilege on entity 'pch_categoryhistory'");
        }

        [TestMethod]
        public void AUserHoldsASolutionRoleBesideBasicUser()
        {
            var organization = new LocalOrganization();
            SolutionTables.Shipped.DeclareOn(organization.Schema);
            var unit = organization.AddBusinessUnit("Oficina Regional Biobío");

            var executive = organization.AddUser("Ejecutiva", unit, SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);

            CollectionAssert.AreEqual(new[] { PlatformRoles.BasicUserName, SolutionRoles.RegionalExecutive }, organization.RolesOf(executive).ToArray());
            Assert.AreEqual(unit, organization.BusinessUnitOf(executive));
        }
    }
}
