using System.Activities;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Sweep;
using ProChile.Crm.WorkflowActivities.Calendar;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Scheduled
{
    /// <summary>
    /// The states that change with time alone, which no plugin sees because nobody writes the row: a request
    /// turning at risk (D6) and overdue, an open request computed with other one-off holidays than those stored now
    /// (D5: what the holiday step left when its time budget ran out), a notified note with no defence upheld at its S8 deadline (N3), and the
    /// account's note-in-force flag following its notes' dates (N4). Meant for a recurring (daily) process or a
    /// scheduled flow; each part reads only the rows that can have changed at the run's instant (the operation's
    /// creation, never the machine's clock), pages through them, and writes only values that differ, so a second
    /// run changes nothing. Notes and accounts are written through the pipeline, so their plugins check and
    /// complete each write. At a quarter's end it also writes the F3 review tasks (<see cref="QuarterReviewSweep"/>). Service calls with nothing to change: 4 RetrieveMultiple (notes, requests, 2 account
    /// queries), one more per extra page; with changes, +2 (settings, holidays) when a note or request is read,
    /// 1 Update per changed note or request, and 1 RetrieveMultiple (+1 Update when it changes) per candidate account.
    /// On <see cref="OfficeCalendarActivity"/> for its shared, thread-safe calendar cache (D4/D5 for the notes' and
    /// requests' offices).
    /// </summary>
    [WorkflowActivity("Actualizar plazos y notas vencidas",
        "D6, S1-S14, D5, N3, S8, N4: marca en riesgo o vencidas las solicitudes cuyo aviso o vencimiento pasó, recalcula las que se calcularon con otros feriados puntuales, mantiene las notas notificadas sin descargos al vencer su plazo y actualiza la marca de nota vigente de las empresas. Para un proceso recurrente (diario).")]
    public sealed class SweepLapsedStatesActivity : OfficeCalendarActivity
    {
        /// <summary>The page size when none is given: Dataverse's own default for a query.</summary>
        public const int DefaultPageSize = DailySweep.DefaultPageSize;

        [Input("Registros por página")]
        public InArgument<int> PageSize { get; set; } = new InArgument<int>();

        [Output("Solicitudes en riesgo")]
        public OutArgument<int> RequestsAtRisk { get; set; } = new OutArgument<int>();

        [Output("Solicitudes vencidas")]
        public OutArgument<int> RequestsOverdue { get; set; } = new OutArgument<int>();

        [Output("Notas mantenidas por falta de descargos")]
        public OutArgument<int> NotesUpheld { get; set; } = new OutArgument<int>();

        [Output("Solicitudes recalculadas por feriados")]
        public OutArgument<int> RequestsReprojected { get; set; } = new OutArgument<int>();

        [Output("Solicitudes pendientes para el próximo barrido")]
        public OutArgument<int> RequestsLeftForNextRun { get; set; } = new OutArgument<int>();

        [Output("Empresas cuya nota dejó de estar vigente")]
        public OutArgument<int> NoteFlagsCleared { get; set; } = new OutArgument<int>();

        [Output("Empresas con nota vigente desde hoy")]
        public OutArgument<int> NoteFlagsSet { get; set; } = new OutArgument<int>();

        [Output("Tareas de revisión trimestral creadas")]
        public OutArgument<int> QuarterReviewTasks { get; set; } = new OutArgument<int>();

        [Output("Registros con error")]
        public OutArgument<int> Failed { get; set; } = new OutArgument<int>();

        protected override void Run(ActivityRun run)
        {
            // One code path with pch_BarrerPlazos: the sweep itself lives in ProChile.Crm.Dataverse. As SYSTEM: the sweep
            // is bookkeeping over every office's rows (holidays included), which no one user may write by hand.
            var tally = DailySweep.Run(run.SystemService, run.NowUtc, run.Tracing, () => RequestCalendars.Read(run.SystemService), PageSizeOf(run),
                RunningTimeBudget.StartNew());
            run.Set(NotesUpheld, tally.NotesUpheld);
            run.Set(RequestsAtRisk, tally.RequestsAtRisk);
            run.Set(RequestsOverdue, tally.RequestsOverdue);
            run.Set(RequestsReprojected, tally.RequestsReprojected);
            run.Set(RequestsLeftForNextRun, tally.RequestsLeftForNextRun);
            run.Set(NoteFlagsCleared, tally.NoteFlagsCleared);
            run.Set(NoteFlagsSet, tally.NoteFlagsSet);
            run.Set(QuarterReviewTasks, tally.QuarterReviewTasks);
            run.Set(Failed, tally.Failed);
        }

        private int PageSizeOf(ActivityRun run)
        {
            int size = run.Get(PageSize);
            if (size == 0)
            {
                return DefaultPageSize;
            }
            if (!DailySweep.IsValidPageSize(size))
            {
                throw ActivityInputException.Invalid(run.LabelOf(PageSize), size, $"un número entero de 1 a {DefaultPageSize}, o vacío para {DefaultPageSize}");
            }
            return size;
        }
    }
}
