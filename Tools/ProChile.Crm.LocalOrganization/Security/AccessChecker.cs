using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>
    /// Dataverse's two security checks for a user's call. The privilege check: the user's roles must grant the privilege
    /// on the table at some depth, else PrivilegeDenied (0x80040220). The access check: the record must lie within
    /// that depth (Basic: the user owns it; Local: owned in the user's unit; Deep: in the unit or below; Global: any),
    /// else the access-check fault (0x80048306). Organization-owned tables take Global only. SYSTEM and the platform's
    /// own nested calls (cascades) are not checked. See "Troubleshoot Dataverse client errors",
    /// https://learn.microsoft.com/troubleshoot/power-platform/dataverse/user-permissions/client-errors ("a privilege
    /// check passed, but the subsequent access check failed").
    /// </summary>
    internal sealed class AccessChecker
    {
        private readonly OrganizationCore core;

        public AccessChecker(OrganizationCore core)
        {
            this.core = core;
        }

        public bool IsChecked(CallerContext caller) => !caller.PlatformInternal && caller.UserId != core.SystemUserId;

        /// <summary>The depth the user's roles grant, Global-or-nothing on organization-owned tables.</summary>
        public PrivilegeDepth DepthOf(Guid userId, TableDefinition table, PrivilegeType privilege)
        {
            var depth = core.Principals.RolesOf(userId)
                .Select(name => core.Schema.Roles.Role(name).DepthOf(table.LogicalName, privilege))
                .DefaultIfEmpty(PrivilegeDepth.None)
                .Max();
            return table.Ownership == TableOwnership.OrganizationOwned && depth != PrivilegeDepth.Global ? PrivilegeDepth.None : depth;
        }

        /// <summary>The privilege check alone (Create on an organization-owned table, RetrieveMultiple).</summary>
        public PrivilegeDepth RequirePrivilege(Guid userId, TableDefinition table, PrivilegeType privilege)
        {
            var depth = DepthOf(userId, table, privilege);
            if (depth == PrivilegeDepth.None)
            {
                throw PrivilegeDenied(userId, table.LogicalName, privilege);
            }

            return depth;
        }

        /// <summary>
        /// A privilege named outright (a Custom API's ExecutePrivilegeName, e.g. prvWritepch_Setting): held when one of
        /// the user's roles grants the table privilege the name denotes. A name that denotes none cannot be evaluated.
        /// </summary>
        public void RequireNamedPrivilege(Guid userId, string privilegeName)
        {
            var named = core.Schema.Tables
                .SelectMany(t => Enum.GetValues<PrivilegeType>().Select(p => (Table: t, Privilege: p)))
                .FirstOrDefault(tp => string.Equals(PrivilegeNames.Of(tp.Table, tp.Privilege), privilegeName, StringComparison.Ordinal));
            if (named.Table == null)
            {
                throw DataverseErrors.InvalidArgument($"Privilege '{privilegeName}' names no table privilege of the organization (prv + action + table).");
            }

            if (DepthOf(userId, named.Table, named.Privilege) == PrivilegeDepth.None)
            {
                throw DataverseErrors.PrivilegeDenied(Principal(userId), privilegeName, named.Table.LogicalName);
            }
        }

        /// <summary>Both checks for a stored record.</summary>
        public void RequireAccess(Guid userId, TableDefinition table, PrivilegeType privilege, StoredRecord record) =>
            RequireAccess(userId, table, privilege, record.Id, record[SystemColumns.OwnerId] as EntityReference, record[SystemColumns.OwningBusinessUnit] as EntityReference);

        /// <summary>Both checks for a record of the given owner (a record being created has no stored row yet).</summary>
        public void RequireAccess(Guid userId, TableDefinition table, PrivilegeType privilege, Guid recordId, EntityReference? owner, EntityReference? owningUnit)
        {
            var depth = RequirePrivilege(userId, table, privilege);
            if (table.Ownership != TableOwnership.UserOwned || Reaches(userId, depth, owner?.Id ?? Guid.Empty, owningUnit?.Id ?? Guid.Empty))
            {
                return;
            }

            throw AccessDenied(userId, table.LogicalName, privilege, depth, recordId, owner, owningUnit);
        }

        /// <summary>AppendTo access on the record a lookup points at (a missing record is the writer's not-found fault).</summary>
        public void RequireAppendTo(Guid userId, EntityReference reference)
        {
            if (core.Schema.TryGetTable(reference.LogicalName, out var table) && core.Store.Find(table.LogicalName, reference.Id) is StoredRecord record)
            {
                RequireAccess(userId, table, PrivilegeType.AppendTo, record);
            }
        }

        /// <summary>
        /// Adds the read filter of the query's table and of each joined table to the query, the way Dataverse adds its
        /// security filter; returns what removes them again (the query is the request's, which later steps see).
        /// Intersect tables carry no privileges of their own: their rows are reached through the tables they relate.
        /// </summary>
        public Action FilterForRead(Guid userId, QueryExpression query)
        {
            var restore = new List<Action>();
            var main = core.Schema.Table(query.EntityName);
            if (!main.IsIntersect)
            {
                Secure(() => query.Criteria, filter => query.Criteria = filter, ReadFilter(userId, main));
            }

            foreach (var link in Links(query.LinkEntities))
            {
                var table = core.Schema.Table(link.LinkToEntityName);
                if (!table.IsIntersect)
                {
                    Secure(() => link.LinkCriteria, filter => link.LinkCriteria = filter, ReadFilter(userId, table));
                }
            }

            return () => restore.ForEach(undo => undo());

            // And(original, security): the original may be an Or filter, which the security filter must not join.
            void Secure(Func<FilterExpression> get, Action<FilterExpression> set, FilterExpression? security)
            {
                if (security == null)
                {
                    return;
                }

                var original = get();
                var secured = new FilterExpression(LogicalOperator.And);
                secured.AddFilter(original);
                secured.AddFilter(security);
                set(secured);
                restore.Add(() => set(original));
            }
        }

        private static IEnumerable<LinkEntity> Links(IEnumerable<LinkEntity> links) =>
            links.SelectMany(link => new[] { link }.Concat(Links(link.LinkEntities)));

        /// <summary>
        /// The rows of <paramref name="table"/> the user may read, as a filter on ownerid or owningbusinessunit (null:
        /// every row), the way Dataverse adds its security filter to the query; no Read privilege fails.
        /// </summary>
        public FilterExpression? ReadFilter(Guid userId, TableDefinition table)
        {
            var depth = RequirePrivilege(userId, table, PrivilegeType.Read);
            if (table.Ownership != TableOwnership.UserOwned || depth == PrivilegeDepth.Global)
            {
                return null;
            }

            var filter = new FilterExpression(LogicalOperator.And);
            var unit = core.Principals.BusinessUnitOf(userId);
            switch (depth)
            {
                case PrivilegeDepth.Basic:
                    filter.AddCondition(SystemColumns.OwnerId, ConditionOperator.Equal, userId);
                    break;
                case PrivilegeDepth.Local:
                    filter.AddCondition(SystemColumns.OwningBusinessUnit, ConditionOperator.Equal, unit);
                    break;
                default:
                    filter.AddCondition(SystemColumns.OwningBusinessUnit, ConditionOperator.In, core.Principals.UnitAndChildren(unit).Cast<object>().ToArray());
                    break;
            }

            return filter;
        }

        private bool Reaches(Guid userId, PrivilegeDepth depth, Guid ownerId, Guid owningUnit) => depth switch
        {
            PrivilegeDepth.Global => true,
            PrivilegeDepth.Deep => core.Principals.UnitAndChildren(core.Principals.BusinessUnitOf(userId)).Contains(owningUnit),
            PrivilegeDepth.Local => core.Principals.BusinessUnitOf(userId) == owningUnit,
            PrivilegeDepth.Basic => ownerId == userId,
            _ => false,
        };

        private FaultException<OrganizationServiceFault> PrivilegeDenied(Guid userId, string table, PrivilegeType privilege) =>
            DataverseErrors.PrivilegeDenied(Principal(userId), PrivilegeNames.Of(core.Schema.Table(table), privilege), table);

        private FaultException<OrganizationServiceFault> AccessDenied(Guid userId, string table, PrivilegeType privilege, PrivilegeDepth depth, Guid recordId, EntityReference? owner, EntityReference? owningUnit) =>
            DataverseErrors.AccessDenied(Principal(userId), PrivilegeNames.AccessRightOf(privilege), recordId, table,
                $"{PrivilegeNames.Of(core.Schema.Table(table), privilege)} is held at {depth} depth; the record is owned by {owner?.Id} in business unit {owningUnit?.Id}");

        private PrincipalDescription Principal(Guid userId)
        {
            var held = core.Principals.RolesOf(userId).Select(core.Schema.Roles.Role).ToList();
            var privileges = core.Schema.Tables
                .SelectMany(t => Enum.GetValues<PrivilegeType>().Select(p => (t, p)))
                .Count(tp => held.Any(r => r.DepthOf(tp.t.LogicalName, tp.p) != PrivilegeDepth.None));
            return new PrincipalDescription(userId, held.Count, privileges, core.Principals.BusinessUnitOf(userId));
        }
    }

    /// <summary>What Dataverse's security faults say about the principal.</summary>
    internal readonly record struct PrincipalDescription(Guid UserId, int RoleCount, int PrivilegeCount, Guid BusinessUnitId);
}
