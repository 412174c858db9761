using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>
    /// Who is where and holds what: each user's business unit (systemuser.businessunitid), the unit tree
    /// (businessunit.parentbusinessunitid) and the roles each user holds, by name.
    /// </summary>
    internal sealed class SecurityPrincipals
    {
        private readonly RecordStore store;
        private readonly Dictionary<Guid, List<string>> roles = new Dictionary<Guid, List<string>>();

        public SecurityPrincipals(RecordStore store)
        {
            this.store = store;
        }

        public void Grant(Guid userId, IEnumerable<string> roleNames)
        {
            if (!roles.TryGetValue(userId, out var held))
            {
                held = new List<string>();
                roles.Add(userId, held);
            }

            held.AddRange(roleNames.Where(name => !held.Contains(name)));
        }

        public IReadOnlyList<string> RolesOf(Guid userId) =>
            roles.TryGetValue(userId, out var held) ? held : (IReadOnlyList<string>)Array.Empty<string>();

        public Guid BusinessUnitOf(Guid userId) =>
            store.Find(SystemColumns.SystemUser, userId)?["businessunitid"] is EntityReference unit ? unit.Id : Guid.Empty;

        /// <summary>The unit and every unit below it.</summary>
        public ISet<Guid> UnitAndChildren(Guid businessUnitId)
        {
            var units = new HashSet<Guid> { businessUnitId };
            var added = true;
            while (added)
            {
                added = false;
                foreach (var row in store.Scan(SystemColumns.BusinessUnit))
                {
                    if (row["parentbusinessunitid"] is EntityReference parent && units.Contains(parent.Id) && units.Add(row.Id))
                    {
                        added = true;
                    }
                }
            }

            return units;
        }
    }
}
