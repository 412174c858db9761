using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Security;

namespace ProChile.Crm.LocalOrganization.Tests.Security
{
    /// <summary>
    /// The test tables with a unit tree: the root, "Norte" with its child "Antofagasta", and "Sur". Users are given one
    /// role made for the test (privileges on account and contact to one depth) so each check is seen alone.
    /// </summary>
    internal sealed class SecuredOrganization
    {
        public SecuredOrganization()
        {
            Org = TestOrganization.Create();
            Org.Schema.DeclareTable("pch_categoryhistory", t => t.SchemaName("pch_CategoryHistory").PrimaryName("pch_name", 100).Lookup("pch_accountid", "account"));
            Org.Schema.DeclareTable("pch_setting", t => t.OrganizationOwned().PrimaryName("pch_name", 100));
            Norte = Org.AddBusinessUnit("Norte");
            Antofagasta = Org.AddBusinessUnit("Antofagasta", Norte);
            Sur = Org.AddBusinessUnit("Sur");
        }

        public LocalOrganization Org { get; }

        public Guid Norte { get; }

        public Guid Antofagasta { get; }

        public Guid Sur { get; }

        /// <summary>Declares a role granting <paramref name="grants"/> and adds a user in <paramref name="unit"/> holding it alone.</summary>
        public Guid UserWith(Guid unit, params TablePrivilege[] grants)
        {
            var name = "Rol de prueba " + Guid.NewGuid().ToString("N");
            Org.Schema.Roles.Declare(new SecurityRole(name, grants));
            return Org.AddUser("Usuaria " + name, unit, name);
        }

        public static TablePrivilege[] Every(string table, PrivilegeDepth depth, params PrivilegeType[] privileges) =>
            privileges.Select(p => new TablePrivilege(table, p, depth)).ToArray();

        public Guid AccountOwnedBy(Guid owner, string name) =>
            Org.Seed(new Entity("account") { ["name"] = name, [SystemColumns.OwnerId] = new EntityReference(SystemColumns.SystemUser, owner) })[0];

        public IReadOnlyList<string> AccountNamesSeenBy(Guid user) =>
            Org.ServiceFor(user).RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("name") })
                .Entities.Select(e => e.GetAttributeValue<string>("name")).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }
}
