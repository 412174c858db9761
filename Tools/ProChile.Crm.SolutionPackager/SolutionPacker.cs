using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ProChile.Crm.SolutionPackager.Assemblies;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Packaging;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager
{
    /// <summary>What to pack: the source folder, the shipped net462 assemblies, the version, where to write.</summary>
    public sealed record PackRequest(string SourceDirectory, IReadOnlyList<string> AssemblyPaths, string Version, string OutputDirectory);

    /// <summary>What packing produced: both zips (unless a check failed) and every problem, each naming its file.</summary>
    public sealed record PackResult(string? ManagedZip, string? UnmanagedZip, IReadOnlyList<SolutionProblem> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    /// <summary>
    /// Packs Solution/src and the assemblies into ProChileAtencionUsuarios_&lt;version&gt;_managed.zip and
    /// _unmanaged.zip, after checking the managed package with <see cref="SolutionChecker"/>; a problem
    /// writes no zip. The same inputs give the same bytes.
    /// </summary>
    public sealed class SolutionPacker
    {
        private static readonly Regex VersionPattern = new(@"^\d+(\.\d+){1,3}$", RegexOptions.CultureInvariant);
        private readonly SolutionChecker _checker;

        public SolutionPacker(SolutionChecker checker) => _checker = checker;

        public PackResult Pack(PackRequest request)
        {
            var version = NormalizeVersion(request.Version);
            var source = SolutionSourceReader.Read(request.SourceDirectory);
            var assemblies = request.AssemblyPaths.Select(ShippedAssemblyReader.Read).ToList();
            var managed = Build(source, assemblies, version, managed: true);
            var problems = _checker.Check(managed).Select(p => Locate(p, source, assemblies, request.AssemblyPaths)).ToList();
            var stem = Path.Combine(request.OutputDirectory, $"{source.Manifest.UniqueName}_{version.Replace('.', '_')}");
            var managedZip = stem + "_managed.zip";
            var unmanagedZip = stem + "_unmanaged.zip";
            if (problems.Count > 0)
            {
                // A zip from an earlier, sound build would pass for this one: remove it.
                if (Directory.Exists(request.OutputDirectory))
                {
                    File.Delete(managedZip);
                    File.Delete(unmanagedZip);
                }

                return new PackResult(null, null, problems);
            }

            Directory.CreateDirectory(request.OutputDirectory);
            WriteIfChanged(managedZip, managed.ToZip());
            WriteIfChanged(unmanagedZip, Build(source, assemblies, version, managed: false).ToZip());
            return new PackResult(managedZip, unmanagedZip, problems);
        }

        /// <summary>The package, in memory: the same source, assemblies and version always give the same parts.</summary>
        public static SolutionPackage Build(SolutionSource source, IReadOnlyList<ShippedAssembly> assemblies, string version, bool managed)
        {
            var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal)
            {
                [SolutionPackage.SolutionPart] = SolutionPackage.Serialize(SolutionManifestWriter.Write(source, assemblies, version, managed)),
                [SolutionPackage.CustomizationsPart] = SolutionPackage.Serialize(CustomizationsWriter.Write(source, assemblies)),
            };
            foreach (var assembly in assemblies)
            {
                parts[PluginXml.FileName(assembly).TrimStart('/')] = assembly.Bytes;
            }

            foreach (var part in CustomApiXml.Parts(assemblies))
            {
                parts[part.Key] = part.Value;
            }

            parts[SolutionPackage.ContentTypesPart] = SolutionPackage.ContentTypes(parts.Keys);
            return new SolutionPackage(parts);
        }

        /// <summary>Dataverse versions have two to four parts; the build's 1.0.0 becomes 1.0.0.0.</summary>
        public static string NormalizeVersion(string version)
        {
            if (!VersionPattern.IsMatch(version))
            {
                throw new ArgumentException($"la versión «{version}» no es válida; se aceptan de dos a cuatro números separados por puntos, p. ej. 1.0.0 (VersionPrefix en Directory.Build.props).", nameof(version));
            }

            var parts = version.Split('.').ToList();
            while (parts.Count < 4)
            {
                parts.Add("0");
            }

            return string.Join(".", parts);
        }

        /// <summary>Leaves an identical zip untouched, so parallel or repeated builds do not rewrite it.</summary>
        private static void WriteIfChanged(string path, byte[] bytes)
        {
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return;
            }

            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }

        /// <summary>Names the source file a problem's component came from, so the build's message points at it.</summary>
        private static SolutionProblem Locate(SolutionProblem problem, SolutionSource source, IReadOnlyList<ShippedAssembly> assemblies, IReadOnlyList<string> assemblyPaths)
        {
            var component = problem.Component;
            if (component == null)
            {
                return problem with { File = problem.Code == ProblemCodes.Schema ? null : source.Manifest.File };
            }

            string? file = component.Kind switch
            {
                "table" => source.Tables.FirstOrDefault(t => t.Name == component.Key)?.File,
                "optionset" => source.OptionSets.FirstOrDefault(o => o.Name.Equals(component.Key, StringComparison.OrdinalIgnoreCase))?.File,
                "relationship" => source.Tables.FirstOrDefault(t => t.Columns.Any(c => c.Relationship == component.Key)
                    || Dataverse.SystemRelationships.For(t.Name, t.Ownership).Any(r => r.Name == component.Key))?.File,
                "app" => source.App?.File,
                "form" => source.Tables.SelectMany(t => t.Forms.Where(f => Same(ComponentIds.Form(t.Name, f.Id), component.Key))).FirstOrDefault()?.File,
                "view" => source.Tables.SelectMany(t => t.Views.Where(v => Same(ComponentIds.View(t.Name, v.Id), component.Key))).FirstOrDefault()?.File
                    ?? source.Tables.FirstOrDefault(t => StandardViewOf(t, component.Key))?.File,
                "chart" => source.Tables.SelectMany(t => t.Charts.Where(c => Same(ComponentIds.Chart(t.Name, c.Id), component.Key))).FirstOrDefault()?.File,
                "dashboard" => source.Dashboards.FirstOrDefault(d => Same(ComponentIds.Dashboard(d.Id), component.Key))?.File,
                "role" => source.Roles.FirstOrDefault(r => Same(ComponentIds.Role(r.Id), component.Key))?.File,
                "step" => StepFile(component.Key, assemblies, assemblyPaths),
                "assembly" => assemblyPaths.Where((_, i) => assemblies[i].FullName == component.Key).FirstOrDefault(),
                _ => null,
            };
            return problem with { File = file };
        }

        private static bool StandardViewOf(TableSource table, string id) =>
            new[] { "standard-active", "standard-advancedfind", "standard-associated", "standard-quickfind", "standard-lookup" }
                .Any(v => Same(ComponentIds.View(table.Name, v), id));

        private static string? StepFile(string id, IReadOnlyList<ShippedAssembly> assemblies, IReadOnlyList<string> paths)
        {
            for (var i = 0; i < assemblies.Count; i++)
            {
                var step = assemblies[i].Steps.FirstOrDefault(s => Same(ComponentIds.Step(PluginXml.StepIdentity(s)), id));
                if (step != null)
                {
                    return $"{paths[i]} ([PluginStep] on {step.PluginTypeFullName})";
                }
            }

            return null;
        }

        private static bool Same(Guid id, string key) => Guid.TryParse(key, out var other) && other == id;
    }
}
