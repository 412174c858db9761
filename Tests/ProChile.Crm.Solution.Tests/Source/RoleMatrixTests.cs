using System;
using System.IO;
using ProChile.Crm.SolutionPackager.Documentation;

namespace ProChile.Crm.Solution.Tests.Source
{
    /// <summary>The admin guide's role matrix is the one Solution/src/Roles gives, so the guide cannot drift from what ships.</summary>
    [TestClass]
    public sealed class RoleMatrixTests
    {
        /// <summary>Set to 1 to rewrite the matrix in Solution/README.md from Solution/src/Roles instead of comparing.</summary>
        public const string RegenerateVariable = "PROCHILE_REGENERATE_ROLE_MATRIX";

        [TestMethod]
        public void TheReadmesRoleMatrixIsGeneratedFromSolutionSrcRoles()
        {
            var readmePath = Path.Combine(Repository.Root, "Solution", "README.md");
            var readme = File.ReadAllText(readmePath);
            var generated = RoleMatrix.Markdown(Repository.Source());
            if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
            {
                File.WriteAllText(readmePath, RoleMatrix.ReplaceIn(readme, generated));
                readme = File.ReadAllText(readmePath);
            }

            Assert.AreEqual(generated, RoleMatrix.CurrentIn(readme),
                $"Solution/README.md's role matrix differs from Solution/src/Roles. Regenerate it with: {RegenerateVariable}=1 dotnet test Tests/ProChile.Crm.Solution.Tests -c Release --filter {nameof(TheReadmesRoleMatrixIsGeneratedFromSolutionSrcRoles)}");
        }

        [TestMethod]
        public void EachCellListsTheRolesPrivilegesOnTheTableWithTheirDepth()
        {
            var matrix = RoleMatrix.Markdown(Repository.Source());

            StringAssert.StartsWith(matrix, "| table | privilege names | ProChile Administrador(a) de Cartera | ProChile Ejecutivo(a) Comercial | ProChile Ejecutivo(a) Regional |\n| --- | --- | --- | --- | --- |\n");
            StringAssert.Contains(matrix, "| pch_holiday | `prvReadpch_Holiday`, `prvWritepch_Holiday`, … | Create Global, Read Global, Write Global, Delete Global | — | Read Global |\n");
        }
    }
}
