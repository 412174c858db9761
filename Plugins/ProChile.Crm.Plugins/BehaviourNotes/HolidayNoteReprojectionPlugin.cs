using System;
using System.Linq;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Plugins.Requests;
using ProChile.Crm.Rules.Calendar;
using HolidayTable = ProChile.Crm.Dataverse.Schema.Holiday;

namespace ProChile.Crm.Plugins.BehaviourNotes
{
    /// <summary>
    /// D5, N2/S8: when an admin adds, moves or withdraws a one-off holiday, re-projects the stored deemed notification
    /// date and defence deadline of the notified notes whose window (dispatch date to deadline) spans its date, old
    /// or new, so the column, the views and the sweep show the rule's date. Asynchronous (it may touch many rows),
    /// paged through every affected note (<see cref="NoteReprojection"/>, 5,000 per page) and bounded: past
    /// <see cref="RunningTimeBudget.Default"/> it stops and leaves the rest, still stamped with the fingerprint of the
    /// holidays their window had before, to the daily sweep («Actualizar plazos y notas vencidas»), which finds them. Idempotent: a note is
    /// written only when a computed column differs. It writes computed columns only, which the note step does not
    /// filter on; the in-force step recomputes the company's flag when the notification date moved.
    /// Budget: 3 RetrieveMultiple (holidays, settings, first page of notes), one more per further page, 1 Update per
    /// note whose term moved.
    /// </summary>
    [PluginStep(MessageName.Create, HolidayTable.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        PostImageAttributes = new[] { HolidayTable.Date },
        Description = "D5, S8: reproyecta el plazo de descargos de las notas notificadas afectadas por el feriado nuevo.")]
    [PluginStep(MessageName.Update, HolidayTable.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        FilteringAttributes = new[] { HolidayTable.Date, HolidayTable.Scope, HolidayTable.Region, HolidayTable.Communes, HolidayTable.StateCode },
        PreImageAttributes = new[] { HolidayTable.Date },
        PostImageAttributes = new[] { HolidayTable.Date },
        Description = "D5, S8: reproyecta el plazo de descargos de las notas notificadas afectadas por el feriado modificado.")]
    [PluginStep(MessageName.Delete, HolidayTable.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        PreImageAttributes = new[] { HolidayTable.Date },
        Description = "D5, S8: reproyecta el plazo de descargos de las notas notificadas afectadas por el feriado eliminado.")]
    public sealed class HolidayNoteReprojectionPlugin : PluginBase
    {

        protected override void Execute(PluginExecution execution)
        {
            var dates = HolidayChange.DatesOf(execution);
            if (dates.Length == 0)
            {
                execution.Trace("el feriado no tiene fecha; no hay plazos de descargos que reproyectar.");
                return;
            }
            // The projection needs every holiday and setting whoever changed the holiday; the notes' computed
            // columns are bookkeeping no user writes by hand.
            var service = execution.SystemService;
            var holidays = OneOffHolidayRows.Read(service);
            var reprojection = new NoteReprojection(
                service, OfficeCalendarCache.Shared.For(holidays), SettingsReader.Read(service, execution.Tracing), holidays,
                RunningTimeBudget.StartNew(), message => execution.Trace("{0}", message));
            reprojection.Run(NoteProjection.NotifiedSpanning(dates.Min(), dates.Max()));
            execution.Trace("{0} nota(s) leída(s), {1} reproyectada(s), {2} con error por el feriado del {3}{4}.",
                reprojection.Read, reprojection.Written, reprojection.Failed, string.Join(" y ", dates.Distinct()),
                reprojection.LeftForSweep ? "; se acabó el tiempo: el barrido diario termina las demás" : string.Empty);
        }
    }
}
