using System.Linq;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Rules.Calendar;
using HolidayTable = ProChile.Crm.Dataverse.Schema.Holiday;

namespace ProChile.Crm.Plugins.Requests
{
    /// <summary>
    /// D5: the dates a one-off holiday change touches, read from the step's images: the date before (Update, Delete)
    /// and after (Create, Update). Both re-projections (open requests, notified notes) span these dates.
    /// </summary>
    internal static class HolidayChange
    {
        /// <summary>The distinct dates of the pre- and post-image, earliest first; empty when neither has a date.</summary>
        public static CivilDate[] DatesOf(PluginExecution execution) =>
            new[] { execution.GetPreImage(), execution.GetPostImage() }
                .Where(image => image is not null)
                .Select(image => ColumnValues.GetDate(image!, HolidayTable.Date))
                .OfType<CivilDate>()
                .Distinct()
                .OrderBy(date => date)
                .ToArray();
    }
}
