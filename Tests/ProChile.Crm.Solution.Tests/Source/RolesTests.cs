using System.Linq;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.Solution.Tests.Source
{
    /// <summary>The security the issue asks for, read from Solution/src/Roles: least privilege, who may create and change what.</summary>
    [TestClass]
    public sealed class RolesTests
    {
        private static string[] RolesGranting(string table, params string[] actions) =>
            Repository.Source().Roles
                .Where(r => r.Privileges.Any(p => p.Table == table && p.Levels.Any(l => actions.Contains(l.Key))))
                .Select(r => r.Id)
                .OrderBy(id => id, System.StringComparer.Ordinal)
                .ToArray();

        [TestMethod]
        public void N1_OnlyTheRegionalExecutiveCreatesBehaviourNotes()
        {
            CollectionAssert.AreEqual(new[] { "ejecutivo-regional" }, RolesGranting(BehaviourNote.EntityLogicalName, "Create"));
        }

        [TestMethod]
        public void D5_OnlyThePortfolioAdministratorChangesOneOffHolidays()
        {
            CollectionAssert.AreEqual(new[] { "administrador-cartera" }, RolesGranting(Holiday.EntityLogicalName, "Create", "Write", "Delete"));
        }

        [TestMethod]
        public void Settings_OnlyThePortfolioAdministratorChangesThem()
        {
            CollectionAssert.AreEqual(new[] { "administrador-cartera" }, RolesGranting(Setting.EntityLogicalName, "Create", "Write", "Delete"));
        }

        [TestMethod]
        public void C5_NoRoleWritesCategoryHistory_ThePluginsDo()
        {
            CollectionAssert.AreEqual(new string[0], RolesGranting(CategoryHistory.EntityLogicalName, "Create", "Write", "Delete"));
        }

        [TestMethod]
        public void OnlyThePortfolioAdministratorReadsSettings_ThePluginsReadThemAsSystemForEveryoneElse()
        {
            // Deadlines and categories are computed by plugins reading settings and holidays through SYSTEM
            // (Tests/ProChile.Crm.Plugins.Tests/Security runs each job without the executives reading settings).
            CollectionAssert.AreEqual(new[] { "administrador-cartera" }, RolesGranting(Setting.EntityLogicalName, "Read"));
        }

        [TestMethod]
        public void NoRole_DeletesCompaniesRequestsOrNotes()
        {
            CollectionAssert.AreEqual(new string[0], RolesGranting(Account.EntityLogicalName, "Delete"));
            CollectionAssert.AreEqual(new string[0], RolesGranting(Request.EntityLogicalName, "Delete"));
            CollectionAssert.AreEqual(new string[0], RolesGranting(BehaviourNote.EntityLogicalName, "Delete"));
        }
    }
}
