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
    /// query, R1 mailboxes included. An unknown key, a key given twice or a value the setting does not
    /// accept is refused with the rules' Spanish message, so a typo never silently falls back to the default.
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

        /// <summary>The settings in effect (one RetrieveMultiple).</summary>
        public static RuleSettings Read(IOrganizationService service)
        {
            if (service is null)
            {
                throw new ArgumentNullException(nameof(service));
            }
            return FromRows(service.RetrieveMultiple(Query()).Entities);
        }

        /// <summary>The settings in effect given the rows already read.</summary>
        public static RuleSettings FromRows(IEnumerable<Entity> rows)
        {
            var overrides = rows
                .Select(row => new KeyValuePair<string, string?>(ColumnValues.GetString(row, Setting.Name) ?? string.Empty, ColumnValues.GetString(row, Setting.Value)))
                .Where(pair => pair.Key.Length > 0)
                .ToList();
            try
            {
                return RuleSettings.FromOverrides(overrides);
            }
            catch (InvalidSettingException e)
            {
                throw new InvalidPluginExecutionException(
                    $"Revise la tabla de ajustes ({Setting.EntityLogicalName}): {e.Message}", e);
            }
        }
    }
}
