using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>
    /// A security role as data: its name and its grants by table, privilege and depth. <see cref="EveryTable"/> is a
    /// depth held for every privilege on every table, which only System Administrator has. Immutable;
    /// <see cref="Without"/> gives a copy with one grant removed (to show which test a missing privilege breaks).
    /// </summary>
    public sealed class SecurityRole
    {
        private readonly Dictionary<(string Table, PrivilegeType Privilege), PrivilegeDepth> grants;

        public SecurityRole(string name, IEnumerable<TablePrivilege> privileges, PrivilegeDepth everyTable = PrivilegeDepth.None)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A security role needs a name.", nameof(name));
            }

            Name = name;
            EveryTable = everyTable;
            grants = new Dictionary<(string, PrivilegeType), PrivilegeDepth>();
            foreach (var grant in privileges)
            {
                if (grants.ContainsKey((grant.Table, grant.Privilege)))
                {
                    throw new ArgumentException($"Role '{name}' grants {grant.Privilege} on {grant.Table} twice.", nameof(privileges));
                }

                if (grant.Depth != PrivilegeDepth.None)
                {
                    grants.Add((grant.Table, grant.Privilege), grant.Depth);
                }
            }
        }

        public string Name { get; }

        public PrivilegeDepth EveryTable { get; }

        /// <summary>The grants, by table then privilege.</summary>
        public IReadOnlyList<TablePrivilege> Privileges =>
            grants.Select(g => new TablePrivilege(g.Key.Table, g.Key.Privilege, g.Value))
                .OrderBy(g => g.Table, StringComparer.Ordinal).ThenBy(g => g.Privilege).ToList();

        public PrivilegeDepth DepthOf(string table, PrivilegeType privilege)
        {
            var granted = grants.TryGetValue((table, privilege), out var depth) ? depth : PrivilegeDepth.None;
            return granted > EveryTable ? granted : EveryTable;
        }

        /// <summary>This role without the grant of <paramref name="privilege"/> on <paramref name="table"/> (which it must have).</summary>
        public SecurityRole Without(string table, PrivilegeType privilege)
        {
            if (!grants.ContainsKey((table, privilege)))
            {
                throw new ArgumentException($"Role '{Name}' grants no {privilege} on {table}; nothing to remove.", nameof(privilege));
            }

            return new SecurityRole(Name, Privileges.Where(g => !(g.Table == table && g.Privilege == privilege)), EveryTable);
        }
    }
}
