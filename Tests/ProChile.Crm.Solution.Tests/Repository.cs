using System.IO;
using System.Linq;
using System.Reflection;
using ProChile.Crm.SolutionPackager;
using ProChile.Crm.SolutionPackager.Assemblies;
using ProChile.Crm.SolutionPackager.Packaging;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.Solution.Tests
{
    /// <summary>Where the build put things: the repository, Solution/src, the net462 assemblies, the zips.</summary>
    internal static class Repository
    {
        public static string Root => Metadata("RepoRoot");

        public static string Configuration => Metadata("Configuration");

        public static string Version => SolutionPacker.NormalizeVersion(Metadata("VersionPrefix"));

        public static string SourceDirectory => Path.Combine(Root, "Solution", "src");

        public static string PluginsDll => Path.Combine(Root, "Plugins", "ProChile.Crm.Plugins", "bin", Configuration, "net462", "ProChile.Crm.Plugins.dll");

        public static string ActivitiesDll => Path.Combine(Root, "WorkflowActivities", "ProChile.Crm.WorkflowActivities", "bin", Configuration, "net462", "ProChile.Crm.WorkflowActivities.dll");

        public static string BuiltZip(bool managed) =>
            Path.Combine(Root, "artifacts", "solution", $"ProChileAtencionUsuarios_{Version.Replace('.', '_')}_{(managed ? "managed" : "unmanaged")}.zip");

        public static SolutionSource Source() => SolutionSourceReader.Read(SourceDirectory);

        /// <summary>This test assembly, read as a shipped assembly: its fixture plugins declare steps.</summary>
        public static ShippedAssembly FixtureAssembly() => ShippedAssemblyReader.Read(typeof(Repository).Assembly.Location);

        /// <summary>The real source packed with the fixture plugins, in memory.</summary>
        public static SolutionPackage PackWithFixtures(ShippedAssembly? fixtures = null) =>
            SolutionPacker.Build(Source(), new[] { fixtures ?? FixtureAssembly() }, Version, managed: true);

        private static string Metadata(string key) =>
            typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
