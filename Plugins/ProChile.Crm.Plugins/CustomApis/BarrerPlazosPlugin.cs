using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Sweep;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.Plugins.CustomApis
{
    /// <summary>
    /// pch_BarrerPlazos (D6, S1-S14, N3/S8, N4, F3): the daily sweep, for a recurring cloud flow to call directly. The
    /// sweep is <see cref="DailySweep"/>, the code the workflow activity runs, and the response carries the activity's
    /// counts. Only the portfolio administrator role holds its execute privilege (writing settings). Once that
    /// gate is passed, the sweep's writes are the platform's bookkeeping (a status that changes with time alone), so
    /// they go through SYSTEM: the administrator may read but not edit behaviour notes, yet a lapsed defence term
    /// must still uphold the note. Each write still runs the tables' plugins.
    /// </summary>
    // Descriptions kept under 300 characters: customapi.description's maximum length was not found documented, so stay short.
    [CustomApi(CustomApiNames.BarrerPlazos, "Barrer plazos y notas vencidas", "Sweep lapsed deadlines and notes",
        "D6, S1-S14, D5, N3, S8, N4, F3: marca solicitudes en riesgo o vencidas, recalcula las calculadas con otros feriados puntuales, mantiene las notas sin descargos al vencer su plazo, actualiza la marca de nota vigente y, al cierre del trimestre, crea las tareas de revisión. Para un flujo diario.",
        "D6, S1-S14, D5, N3, S8, N4, F3: marks requests at risk or overdue, recomputes those computed with other one-off holidays, upholds notes whose defence term lapsed, refreshes the note-in-force flag and, at quarter end, creates the review tasks. For a daily cloud flow.",
        ExecutePrivilegeName = CustomApiNames.SweepPrivilege)]
    [CustomApiRequest(PageSize, CustomApiType.Integer, "Registros por página", "Rows per page", "Filas por consulta, de 1 a 5000; por omisión 5000.", "Rows per query page, 1 to 5000; 5000 when omitted.", IsOptional = true)]
    [CustomApiResponse(RequestsAtRisk, CustomApiType.Integer, "Solicitudes en riesgo", "Requests at risk", "D6: solicitudes que pasaron a en riesgo.", "D6: requests that turned at risk.")]
    [CustomApiResponse(RequestsOverdue, CustomApiType.Integer, "Solicitudes vencidas", "Requests overdue", "Solicitudes que pasaron a vencidas sin respuesta.", "Requests that turned overdue, unanswered.")]
    [CustomApiResponse(RequestsReprojected, CustomApiType.Integer, "Solicitudes recalculadas por feriados", "Requests recomputed for holidays", "D5: solicitudes abiertas que se habían calculado con otros feriados puntuales.", "D5: open requests that had been computed with other one-off holidays.")]
    [CustomApiResponse(RequestsLeftForNextRun, CustomApiType.Integer, "Solicitudes pendientes para el próximo barrido", "Requests left for the next run", "D5: solicitudes por recalcular que no cupieron en el tiempo de esta ejecución.", "D5: requests to recompute that did not fit in this run's time.")]
    [CustomApiResponse(NotesUpheld, CustomApiType.Integer, "Notas mantenidas por falta de descargos", "Notes upheld for lack of defence", "N3/S8: notas notificadas cuyo plazo de descargos venció sin descargos.", "N3/S8: notified notes whose defence term lapsed without a defence.")]
    [CustomApiResponse(NoteFlagsCleared, CustomApiType.Integer, "Empresas cuya nota dejó de estar vigente", "Accounts whose note stopped being in force", "N4: marcas de nota vigente quitadas.", "N4: note-in-force flags cleared.")]
    [CustomApiResponse(NoteFlagsSet, CustomApiType.Integer, "Empresas con nota vigente desde hoy", "Accounts with a note in force from today", "N4: marcas de nota vigente puestas.", "N4: note-in-force flags set.")]
    [CustomApiResponse(QuarterReviewTasks, CustomApiType.Integer, "Tareas de revisión trimestral creadas", "Quarter-review tasks created", "F3: tareas de revisión trimestral creadas (una por ejecutivo comercial y trimestre).", "F3: quarter-review tasks created (one per commercial executive and quarter).")]
    [CustomApiResponse(Failed, CustomApiType.Integer, "Registros con error", "Rows that failed", "Filas que no se pudieron actualizar (cada una queda en el registro de seguimiento).", "Rows that could not be brought up to date (each traced).")]
    public sealed class BarrerPlazosPlugin : PluginBase
    {
        public const string PageSize = "RegistrosPorPagina";
        public const string RequestsAtRisk = "SolicitudesEnRiesgo";
        public const string RequestsOverdue = "SolicitudesVencidas";
        public const string RequestsReprojected = "SolicitudesRecalculadas";
        public const string RequestsLeftForNextRun = "SolicitudesPendientes";
        public const string NotesUpheld = "NotasMantenidas";
        public const string NoteFlagsCleared = "MarcasDeNotaQuitadas";
        public const string NoteFlagsSet = "MarcasDeNotaPuestas";
        public const string QuarterReviewTasks = "TareasDeRevisionTrimestral";
        public const string Failed = "RegistrosConError";

        protected override void Execute(PluginExecution execution)
        {
            int pageSize = ApiInputs.Integer(execution, PageSize) ?? DailySweep.DefaultPageSize;
            if (!DailySweep.IsValidPageSize(pageSize))
            {
                throw ApiInputs.Invalid(PageSize, pageSize, $"un número entero de 1 a {DailySweep.DefaultPageSize}, o vacío para {DailySweep.DefaultPageSize}");
            }
            // As SYSTEM: time-driven bookkeeping behind the administrator-only execute privilege (see the class comment).
            var system = execution.SystemService;
            var tally = DailySweep.Run(system, execution.NowUtc, execution.Tracing, () => RequestCalendars.Read(system), pageSize,
                RunningTimeBudget.StartNew());
            var output = execution.Context.OutputParameters;
            output[RequestsAtRisk] = tally.RequestsAtRisk;
            output[RequestsOverdue] = tally.RequestsOverdue;
            output[RequestsReprojected] = tally.RequestsReprojected;
            output[RequestsLeftForNextRun] = tally.RequestsLeftForNextRun;
            output[NotesUpheld] = tally.NotesUpheld;
            output[NoteFlagsCleared] = tally.NoteFlagsCleared;
            output[NoteFlagsSet] = tally.NoteFlagsSet;
            output[QuarterReviewTasks] = tally.QuarterReviewTasks;
            output[Failed] = tally.Failed;
        }
    }
}
