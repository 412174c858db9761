namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>What one sweep changed, per kind of row: the activity's outputs and pch_BarrerPlazos' response. Per execution, never shared.</summary>
    public sealed class SweepTally
    {
        /// <summary>N3: notified notes upheld because the S8 term passed without defence.</summary>
        public int NotesUpheld { get; set; }

        /// <summary>D6: requests that turned at risk.</summary>
        public int RequestsAtRisk { get; set; }

        /// <summary>S1-S14: requests that turned overdue (due passed, unanswered).</summary>
        public int RequestsOverdue { get; set; }

        /// <summary>D5: open requests re-projected because the one-off holidays in their term changed.</summary>
        public int RequestsReprojected { get; set; }

        /// <summary>D5: open requests with stale holidays left for the next run when the time budget ran out (traced).</summary>
        public int RequestsLeftForNextRun { get; set; }

        /// <summary>N4: accounts whose flag turned off.</summary>
        public int NoteFlagsCleared { get; set; }

        /// <summary>N4: accounts whose flag turned on.</summary>
        public int NoteFlagsSet { get; set; }

        /// <summary>F3: quarter-review tasks created (one per commercial executive and quarter).</summary>
        public int QuarterReviewTasks { get; set; }

        /// <summary>Rows that could not be brought up to date (each traced).</summary>
        public int Failed { get; set; }

        public override string ToString() =>
            $"{NotesUpheld} nota(s) mantenida(s), {RequestsAtRisk} solicitud(es) en riesgo, {RequestsOverdue} vencida(s), " +
            $"{RequestsReprojected} reproyectada(s) por feriados ({RequestsLeftForNextRun} pendiente(s) para el próximo barrido), " +
            $"{NoteFlagsCleared} marca(s) de nota vigente quitada(s), {NoteFlagsSet} puesta(s), {QuarterReviewTasks} tarea(s) de revisión trimestral, {Failed} con error";
    }
}
