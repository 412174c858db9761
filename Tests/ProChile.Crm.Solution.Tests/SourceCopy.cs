using System;
using System.IO;

namespace ProChile.Crm.Solution.Tests
{
    /// <summary>A throw-away copy of Solution/src, for tests that break a source file and pack it.</summary>
    internal sealed class SourceCopy : IDisposable
    {
        public SourceCopy()
        {
            Directory = Path.Combine(Path.GetTempPath(), "pch-solution-" + Guid.NewGuid().ToString("N"), "src");
            foreach (var file in System.IO.Directory.GetFiles(Repository.SourceDirectory, "*.xml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Directory, Path.GetRelativePath(Repository.SourceDirectory, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Directory { get; }

        public string Output => Path.Combine(Directory, "..", "out");

        public string Edit(string relativePath, string search, string replacement)
        {
            var file = Path.Combine(Directory, relativePath);
            var before = File.ReadAllText(file);
            var after = before.Replace(search, replacement, StringComparison.Ordinal);
            if (after == before)
            {
                throw new InvalidOperationException($"the edit of {relativePath} changed nothing: the test's search text is stale.");
            }

            File.WriteAllText(file, after);
            return file;
        }

        public void Dispose() => System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
    }
}
