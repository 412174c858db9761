using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// Turns a (nested) And/Or filter into a predicate over joined rows. A condition's EntityName selects a link
    /// alias; without one it applies to the filter's own table (the main table, or the link for LinkCriteria).
    /// </summary>
    internal sealed class FilterCompiler
    {
        private readonly QueryScope scope;
        private readonly ConditionCompiler conditions;

        public FilterCompiler(QueryScope scope, ConditionCompiler conditions)
        {
            this.scope = scope;
            this.conditions = conditions;
        }

        public Func<JoinedRow, bool> Compile(FilterExpression? filter, string defaultAlias)
        {
            if (filter == null)
            {
                return _ => true;
            }

            var parts = filter.Conditions.Select(c => CompileCondition(c, defaultAlias))
                .Concat(filter.Filters.Select(f => Compile(f, defaultAlias)))
                .ToArray();
            if (parts.Length == 0)
            {
                return _ => true;
            }

            // Loops, not Any/All: the predicate runs on every candidate row of a scan, and a lambda per call allocates.
            if (filter.FilterOperator == LogicalOperator.Or)
            {
                return row =>
                {
                    foreach (var part in parts)
                    {
                        if (part(row)) return true;
                    }
                    return false;
                };
            }
            return row =>
            {
                foreach (var part in parts)
                {
                    if (!part(row)) return false;
                }
                return true;
            };
        }

        private Func<JoinedRow, bool> CompileCondition(ConditionExpression condition, string defaultAlias)
        {
            var (alias, table) = scope.Resolve(condition.EntityName, defaultAlias);
            var column = table.Column(condition.AttributeName);
            var predicate = conditions.Compile(condition, column, alias);
            return row => predicate(row[alias]?[column.LogicalName]);
        }
    }
}
