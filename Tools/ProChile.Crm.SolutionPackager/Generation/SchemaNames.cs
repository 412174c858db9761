using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// Table schema names in the casing exports use (pch_CategoryHistory, Account, SystemUser): entity names,
    /// relationship ends and privilege names (prvReadpch_CategoryHistory) all carry them.
    /// </summary>
    internal sealed class SchemaNames
    {
        private readonly Dictionary<string, string> _custom;

        public SchemaNames(SolutionSource source) =>
            _custom = source.Tables.Where(t => !t.Existing).ToDictionary(t => t.Name, t => t.SchemaName, StringComparer.Ordinal);

        public string Of(string table) => _custom.TryGetValue(table, out var name) && !string.IsNullOrEmpty(name) ? name : TableXml.SchemaName(table);
    }
}
