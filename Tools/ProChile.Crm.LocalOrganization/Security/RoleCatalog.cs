using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>
    /// The roles an organization knows, by name: Basic User and System Administrator from the start, then whatever a
    /// solution declares. Users hold roles by name, so <see cref="Replace"/> changes what every holder may do.
    /// </summary>
    public sealed class RoleCatalog
    {
        private readonly Dictionary<string, SecurityRole> roles = new Dictionary<string, SecurityRole>(StringComparer.Ordinal);

        internal RoleCatalog()
        {
            foreach (var role in PlatformRoles.Both)
            {
                Declare(role);
            }
        }

        public IEnumerable<string> Names => roles.Keys.OrderBy(n => n, StringComparer.Ordinal);

        public void Declare(SecurityRole role)
        {
            if (roles.ContainsKey(role.Name))
            {
                throw new ArgumentException($"Role '{role.Name}' is already declared; use {nameof(Replace)} to change it.", nameof(role));
            }

            roles.Add(role.Name, role);
        }

        /// <summary>Puts <paramref name="role"/> in place of the declared role of the same name.</summary>
        public void Replace(SecurityRole role)
        {
            Role(role.Name);
            roles[role.Name] = role;
        }

        public bool Contains(string name) => roles.ContainsKey(name);

        public SecurityRole Role(string name) =>
            roles.TryGetValue(name, out var role)
                ? role
                : throw new ArgumentException($"No role is named '{name}'; declared: {string.Join(", ", Names.Select(n => "'" + n + "'"))}.", nameof(name));
    }
}
