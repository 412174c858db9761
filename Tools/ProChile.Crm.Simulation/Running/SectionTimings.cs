using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Simulation.Running
{
    /// <summary>Where a run's time went, per kind of event (Stopwatch sections; summed across cohorts, so with parallel cohorts the total exceeds the wall time).</summary>
    public sealed class SectionTimings
    {
        private readonly SortedDictionary<string, (TimeSpan Elapsed, int Count)> sections = new(StringComparer.Ordinal);

        public IReadOnlyList<(string Section, TimeSpan Elapsed, int Count)> Sections =>
            sections.Select(s => (s.Key, s.Value.Elapsed, s.Value.Count)).ToList();

        public void Add(string section, TimeSpan elapsed)
        {
            sections.TryGetValue(section, out var current);
            sections[section] = (current.Elapsed + elapsed, current.Count + 1);
        }

        public void AddAll(SectionTimings other)
        {
            foreach (var (section, elapsed, count) in other.Sections)
            {
                sections.TryGetValue(section, out var current);
                sections[section] = (current.Elapsed + elapsed, current.Count + count);
            }
        }
    }
}
