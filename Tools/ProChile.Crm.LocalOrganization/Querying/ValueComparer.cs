using System;
using System.Data.SqlTypes;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// Equality and order of stored values as SQL Server sees them: strings under <see cref="Collation"/>, GUIDs in
    /// uniqueidentifier order, lookups by id, choices and money by their number. Null handling (three-valued logic,
    /// nulls first in ascending order) is the callers' concern.
    /// </summary>
    internal static class ValueComparer
    {
        public static int Compare(object left, object right)
        {
            var a = Comparable(left);
            var b = Comparable(right);
            return (a, b) switch
            {
                (string x, string y) => Collation.Compare(x, y),
                (Guid x, Guid y) => new SqlGuid(x).CompareTo(new SqlGuid(y)),
                (decimal x, decimal y) => x.CompareTo(y),
                (double x, double y) => x.CompareTo(y),
                (decimal x, double y) => ((double)x).CompareTo(y),
                (double x, decimal y) => x.CompareTo((double)y),
                (DateTime x, DateTime y) => x.CompareTo(y),
                (bool x, bool y) => x.CompareTo(y),
                _ => throw new InvalidOperationException($"Cannot compare {left.GetType().Name} with {right.GetType().Name}."),
            };
        }

        public static bool AreEqual(object left, object right) => Compare(left, right) == 0;

        /// <summary>The comparable core of an SDK value: a reference's id, a choice's or money's number, numbers widened.</summary>
        public static object Comparable(object value) => value switch
        {
            EntityReference reference => reference.Id,
            OptionSetValue option => (decimal)option.Value,
            Money money => money.Value,
            int i => (decimal)i,
            long l => (decimal)l,
            short s => (decimal)s,
            float f => (double)f,
            _ => value,
        };
    }
}
