using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Settings;
using Setting = ProChile.Crm.Dataverse.Schema.Setting;

namespace ProChile.Crm.Dataverse.Settings
{
    /// <summary>
    /// Reads the admins' overrides from the pch_setting table into the rules' <see cref="RuleSettings"/>, with one
    /// query, R1 mailboxes included. A row is checked when it is saved (SettingRowValidationPlugin); a bad row
    /// stored anyway (before that check, or imported around it) must not stop every plugin that reads settings,
    /// so an unknown key, a key given twice or a value the setting does not accept is skipped, its setting keeps
    /// the default, and the trace says which row and why, in the rules' Spanish message.
    /// </summary>
    public static class SettingsReader
    {
        /// <summary>The active setting rows, key and value only.</summary>
        public static QueryExpression Query()
        {
            var query = new QueryExpression(Setting.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(Setting.Name, Setting.Value),
            };
            query.Criteria.AddCondition(Setting.StateCode, ConditionOperator.Equal, 0);
            return query;
        }

        /// <summary>The settings in effect (one RetrieveMultiple); bad rows are skipped and traced to <paramref name="tracing"/>.</summary>
        public static RuleSettings Read(IOrganizationService service, ITracingService tracing)
        {
            if (service is null)
            {
                throw new ArgumentNullException(nameof(service));
            }
            return FromRows(service.RetrieveMultiple(Query()).Entities, tracing);
        }

        /// <summary>The settings in effect given the rows already read; bad rows are skipped and traced to <paramref name="tracing"/>.</summary>
        public static RuleSettings FromRows(IEnumerable<Entity> rows, ITracingService tracing)
        {
            if (tracing is null)
            {
                throw new ArgumentNullException(nameof(tracing));
            }
            var overrides = rows
                .Select(row => new KeyValuePair<string, string?>(ColumnValues.GetString(row, Setting.Name) ?? string.Empty, ColumnValues.GetString(row, Setting.Value)))
                .ToList();
            if (overrides.Count == 0)
            {
                // No row: the protocol's defaults, built once (immutable), not parsed again on every execution.
                return RuleSettings.Defaults;
            }
            return RuleSettings.FromStoredOverrides(overrides, skipped =>
                tracing.Trace("Fila de {0} omitida, se usa el valor por defecto: {1}", Setting.EntityLogicalName, skipped.Message));
        }
    }
}
