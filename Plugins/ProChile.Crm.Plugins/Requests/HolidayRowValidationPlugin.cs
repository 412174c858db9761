using System.Linq;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using HolidayTable = ProChile.Crm.Dataverse.Schema.Holiday;

namespace ProChile.Crm.Plugins.Requests
{
    /// <summary>
    /// D5: refuses, in Spanish and before it is saved, a one-off holiday row the calendar could not read (no date,
    /// no name, a regional or communal row without its region), so that one bad row never breaks the deadline
    /// steps that read every holiday. Budget: no service call.
    /// </summary>
    [PluginStep(MessageName.Create, HolidayTable.EntityLogicalName, PipelineStage.PreOperation,
        Description = "D5: valida el feriado ocasional antes de guardarlo.")]
    [PluginStep(MessageName.Update, HolidayTable.EntityLogicalName, PipelineStage.PreOperation,
        FilteringAttributes = new[] { HolidayTable.Name, HolidayTable.Date, HolidayTable.Scope, HolidayTable.Region, HolidayTable.Communes, HolidayTable.LegalBasis },
        PreImageAttributes = new[] { HolidayTable.Name, HolidayTable.Date, HolidayTable.Scope, HolidayTable.Region, HolidayTable.Communes, HolidayTable.LegalBasis },
        Description = "D5: valida el feriado ocasional modificado.")]
    public sealed class HolidayRowValidationPlugin : PluginBase
    {
        protected override void Execute(PluginExecution execution)
        {
            var row = RowView.Overlay(execution.IsUpdate ? execution.GetRequiredPreImage() : null, execution.GetRequiredTarget());
            var holidays = OneOffHolidayRows.ToHolidays(row).ToList();
            execution.Trace("feriado válido: {0}.", holidays.Count == 0 ? "comunal fuera de las ciudades de las oficinas" : holidays[0].ToString());
        }
    }
}
