using System;
using System.Collections.Generic;
using System.Threading;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// The position of each column of one table in its rows' value arrays (<see cref="StoredRecord"/>), in the order
    /// the columns were first written. Shared by every row of the table with that logical name, in every organization of
    /// the process, so a row costs one array slot per column instead of a dictionary entry. It only ever grows (a name
    /// keeps its ordinal), and readers use the current snapshot without a lock: cohorts of the simulation write their
    /// own organizations in parallel.
    /// </summary>
    internal sealed class ColumnOrdinals
    {
        private static readonly Dictionary<string, ColumnOrdinals> ByTable = new Dictionary<string, ColumnOrdinals>(StringComparer.Ordinal);
        private static readonly Lock TablesGate = new Lock();

        private readonly Lock gate = new Lock();
        private volatile Snapshot current = new Snapshot(new Dictionary<string, int>(StringComparer.Ordinal), Array.Empty<string>());

        private ColumnOrdinals()
        {
        }

        /// <summary>The column names by ordinal (a snapshot: later columns are not in it).</summary>
        public IReadOnlyList<string> Names => current.Names;

        public static ColumnOrdinals Of(string table)
        {
            lock (TablesGate)
            {
                if (!ByTable.TryGetValue(table, out var ordinals))
                {
                    ordinals = new ColumnOrdinals();
                    ByTable.Add(table, ordinals);
                }

                return ordinals;
            }
        }

        /// <summary>The column's ordinal, or -1 when no row of the table has ever had it.</summary>
        public int Find(string column) => current.ByName.TryGetValue(column, out var ordinal) ? ordinal : -1;

        /// <summary>The column's ordinal, given one if it is new.</summary>
        public int Add(string column)
        {
            var snapshot = current;
            if (snapshot.ByName.TryGetValue(column, out var ordinal))
            {
                return ordinal;
            }

            lock (gate)
            {
                snapshot = current;
                if (snapshot.ByName.TryGetValue(column, out ordinal))
                {
                    return ordinal;
                }

                // Copy on write: a reader holding the old snapshot keeps a consistent one.
                var byName = new Dictionary<string, int>(snapshot.ByName, StringComparer.Ordinal);
                ordinal = byName.Count;
                byName.Add(column, ordinal);
                var names = new string[ordinal + 1];
                Array.Copy(snapshot.Names, names, ordinal);
                names[ordinal] = column;
                current = new Snapshot(byName, names);
                return ordinal;
            }
        }

        private sealed record Snapshot(Dictionary<string, int> ByName, string[] Names);
    }
}
