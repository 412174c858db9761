using System;
using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// One stored instance for values that repeat across rows: booleans, choices, references to users, teams and
    /// business units (every row's owner, creator and modifier), and the same instant written twice in a row
    /// (createdon and modifiedon). Safe because a stored value is never handed out: every read copies it
    /// (<see cref="AttributeValues"/>), so nobody can change a shared instance. Values that carry more than their
    /// identity (a reference with a name or a row version, a choice with extension data) are kept as they are.
    /// </summary>
    internal static class SharedValues
    {
        private static readonly object True = true;
        private static readonly object False = false;
        private static readonly ConcurrentDictionary<int, OptionSetValue> Choices = new ConcurrentDictionary<int, OptionSetValue>();
        private static readonly ConcurrentDictionary<(string Table, Guid Id), EntityReference> Principals =
            new ConcurrentDictionary<(string Table, Guid Id), EntityReference>();

        // The last instant this thread stored: a row's createdon and modifiedon, and the rows one operation writes, share it.
        [ThreadStatic]
        private static object? lastInstant;

        public static object Share(object value) => value switch
        {
            bool flag => flag ? True : False,
            OptionSetValue choice when choice.ExtensionData == null => Choices.GetOrAdd(choice.Value, v => new OptionSetValue(v)),
            EntityReference reference when IsPlainPrincipal(reference) =>
                Principals.GetOrAdd((reference.LogicalName, reference.Id), key => new EntityReference(key.Table, key.Id)),
            DateTime instant => SameInstant(instant, value),
            _ => value,
        };

        private static bool IsPlainPrincipal(EntityReference reference) =>
            reference.LogicalName is SystemColumns.SystemUser or SystemColumns.Team or SystemColumns.BusinessUnit
            && reference.Name == null && reference.RowVersion == null && reference.KeyAttributes.Count == 0 && reference.ExtensionData == null;

        private static object SameInstant(DateTime instant, object boxed)
        {
            if (lastInstant is DateTime last && last.Ticks == instant.Ticks && last.Kind == instant.Kind)
            {
                return lastInstant;
            }

            lastInstant = boxed;
            return boxed;
        }
    }
}
