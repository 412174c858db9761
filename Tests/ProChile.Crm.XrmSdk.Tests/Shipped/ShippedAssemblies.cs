using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ProChile.Crm.XrmSdk.Tests.Shipped
{
    /// <summary>Where this build put the shipped net462 assemblies: {repo}/{folder}/{project}/bin/{Configuration}/net462/{project}.dll.</summary>
    public static class ShippedAssemblies
    {
        public const string SolutionFile = "ProChile.Crm.sln";

        public static string Configuration => Metadata("Configuration");

        public static string TargetFramework => Metadata("ShippedTargetFramework");

        public static string OutputFolder(string projectFolder)
        {
            return Path.Combine(RepositoryRoot(), projectFolder, "bin", Configuration, TargetFramework);
        }

        /// <summary>The DLL's path; fails the test, saying which build to run, when it is not there.</summary>
        public static string RequirePath(string projectFolder)
        {
            var path = Path.Combine(OutputFolder(projectFolder), Path.GetFileName(projectFolder) + ".dll");
            if (!File.Exists(path))
            {
                Assert.Fail($"{path} is missing: build it with `dotnet build {projectFolder} -c {Configuration} -f {TargetFramework}` "
                    + $"(`dotnet test {SolutionFile} -c {Configuration}` builds it too).");
            }
            return path;
        }

        public static string RepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
            throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
        }

        private static string Metadata(string key)
        {
            return typeof(ShippedAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        }
    }
}
