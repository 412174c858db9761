using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Settings;
using Setting = ProChile.Crm.Dataverse.Schema.Setting;

namespace ProChile.Crm.Plugins.Settings
{
    /// <summary>
    /// Settings (C4, D6, S14, N2, N4, F1, F2, R1): refuses, in Spanish and before it is saved, a pch_setting row the
    /// plugins could not use: an empty or unknown key (the message lists the known keys) or a value its setting
    /// does not accept (the message says what is accepted and the default). A blank value is accepted: it means
    /// the default. A known key is stored as the catalog spells it, with its rule id, so the rows read and sort
    /// alike. Budget: no service call.
    /// </summary>
    [PluginStep(MessageName.Create, Setting.EntityLogicalName, PipelineStage.PreOperation,
        Description = "C4-R1: valida la clave y el valor del ajuste antes de guardarlo.")]
    [PluginStep(MessageName.Update, Setting.EntityLogicalName, PipelineStage.PreOperation,
        FilteringAttributes = new[] { Setting.Name, Setting.Value },
        PreImageAttributes = new[] { Setting.Name, Setting.Value },
        Description = "C4-R1: valida la clave y el valor del ajuste modificado.")]
    public sealed class SettingRowValidationPlugin : PluginBase
    {
        protected override void Execute(PluginExecution execution)
        {
            var target = execution.GetRequiredTarget();
            var row = RowView.Overlay(execution.IsUpdate ? execution.GetRequiredPreImage() : null, target);
            var key = ColumnValues.GetString(row, Setting.Name);
            SettingDefinition setting;
            try
            {
                setting = SettingsCatalog.Check(key, ColumnValues.GetString(row, Setting.Value));
            }
            catch (InvalidSettingException e)
            {
                // The exception carries the value only when the value was the problem.
                var field = e.Value is null ? "Clave" : "Valor";
                var column = e.Value is null ? Setting.Name : Setting.Value;
                throw new InvalidPluginExecutionException($"Campo «{field}» ({column}): {e.Message}", e);
            }

            if (key != setting.Name)
            {
                target[Setting.Name] = setting.Name;
            }
            if (ColumnValues.GetString(row, Setting.Rule) != setting.RuleId)
            {
                target[Setting.Rule] = setting.RuleId;
            }
            execution.Trace("ajuste {0} ({1}) válido.", setting.Name, setting.RuleId);
        }
    }
}
