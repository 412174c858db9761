using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ProChile.Crm.Simulation.Results
{
    /// <summary>The summary as plain text for the terminal (Spanish, as ProChile reads it), built whole before it is written.</summary>
    public static class SummaryText
    {
        /// <summary>One year's summary, or, for consecutive years, each year's in order and then the change between them.</summary>
        public static string Render(System.Collections.Generic.IReadOnlyList<SimulationSummary> years)
        {
            if (years.Count == 1)
            {
                return Render(years[0]);
            }
            var text = new StringBuilder();
            foreach (var year in years)
            {
                text.AppendLine(Render(year));
            }
            text.AppendLine($"Año a año ({years[0].Year}-{years[^1].Year})");
            text.Append($"  {"indicador",-38}");
            foreach (var year in years)
            {
                text.Append($"{year.Year,10}");
            }
            foreach (var year in years.Skip(1))
            {
                text.Append($"{"cambio " + year.Year,14}");
            }
            text.AppendLine();
            foreach (var row in YearOverYear.Rows(years))
            {
                text.Append($"  {row.Label,-38}");
                foreach (var value in row.Values)
                {
                    text.Append($"{N(value),10}");
                }
                foreach (var change in row.Changes)
                {
                    text.Append($"{YearOverYearRow.Signed(change),14}");
                }
                text.AppendLine();
            }
            return text.ToString();
        }

        public static string Render(SimulationSummary summary)
        {
            var text = new StringBuilder();
            text.AppendLine($"Simulación {summary.Year}: {N(summary.Companies)} empresas, semilla {summary.Seed.ToString(CultureInfo.InvariantCulture)}");
            text.AppendLine();
            text.AppendLine("Segmentos (C3)");
            foreach (var segment in summary.Segments)
            {
                text.AppendLine($"  {segment.Label,-28}{N(segment.Count),8}");
            }
            text.AppendLine("Categorías de la cartera (C4)");
            foreach (var category in summary.Categories)
            {
                text.AppendLine($"  {category.Label,-28}{N(category.Count),8}");
            }
            text.AppendLine($"  {"bajas de 2 a 3 (C5)",-28}{N(summary.Run.Demotions),8}   de {N(summary.Run.OptOuts)} rechazos del correo mensual");
            text.AppendLine($"  {"cambios registrados",-28}{N(summary.CategoryChangesRecorded),8}   en el historial de categoría");
            text.AppendLine("Usuarias (C6, C7)");
            text.AppendLine($"  {"acciones del año",-28}{N(summary.ActionsInYear),8}");
            text.AppendLine($"  {"empresas usuarias del año",-28}{N(summary.UsersOfTheYear),8}");
            text.AppendLine($"  {"antiguas usuarias",-28}{N(summary.FormerUsers),8}");
            text.AppendLine($"Seguimiento (F1, F2): {N(summary.FollowUpTasks)} tareas del ejecutivo(a), {N(summary.FollowUpEmails)} correos automáticos");
            text.AppendLine($"Alertas (D6): {N(summary.AlertTasks)} tareas a responsables, {N(summary.AlertEmails)} borradores de correo a casillas regionales");
            text.AppendLine($"Revisión trimestral (F3): {N(summary.QuarterReviewTasks)} tareas de ejecutivos(as) comerciales");
            text.AppendLine($"Correos de orientación (S4): {N(summary.GuidanceEmails)} registrados; problemas de registro informados (R1): {N(summary.RegistrationReports)}");
            text.AppendLine("Cadenas del protocolo (las abre el sistema al responder)");
            text.AppendLine($"  {"contactos S1/S3/S5 → S2",-28}{N(summary.ContactChains.Answered),8} respondidos, {N(summary.ContactChains.Opened)} abrieron su S2, {N(summary.ContactChains.MetEndToEnd)} cumplidos de punta a punta");
            text.AppendLine($"  {"demandas S9/S10 → S11/S12",-28}{N(summary.DemandChains.Answered),8} respondidas, {N(summary.DemandChains.Opened)} abrieron su seguimiento, {N(summary.DemandChains.MetEndToEnd)} cumplidas de punta a punta");
            text.AppendLine();
            AppendDeadlines(text, summary);
            text.AppendLine();
            AppendNotes(text, summary);
            text.AppendLine();
            // Issue 11: the year is lived by people with their roles; any write their job needs and the roles refuse shows here.
            text.AppendLine($"Rechazos por falta de privilegio: {N(summary.Run.PrivilegeRefusals)}");
            if (summary.Run.UnexpectedRefusals > 0)
            {
                text.AppendLine();
                text.AppendLine($"Rechazos no previstos: {N(summary.Run.UnexpectedRefusals)}");
                foreach (var message in summary.Run.UnexpectedMessages)
                {
                    text.AppendLine("  " + message);
                }
            }
            return text.ToString();
        }

        private static void AppendDeadlines(StringBuilder text, SimulationSummary summary)
        {
            text.AppendLine($"Plazos (S1-S14): {N(summary.Requests)} = {N(summary.Met)} cumplidos + {N(summary.Breached)} incumplidos + {N(summary.Open)} abiertos al cierre del año");
            text.AppendLine($"  {"regla",-8}{"total",8}{"cumplidos",11}{"incumplidos",13}{"abiertos",10}");
            foreach (var rule in summary.ByRule())
            {
                text.AppendLine($"  {rule.Rule,-8}{N(rule.Requests),8}{N(rule.Met),11}{N(rule.Breached),13}{N(rule.Open),10}");
            }
            text.AppendLine($"  {"oficina",-34}{"total",8}{"cumplidos",11}{"incumplidos",13}{"abiertos",10}  reglas incumplidas");
            foreach (var office in summary.ByOffice())
            {
                var breachedRules = summary.Deadlines.Where(d => d.Office == office.Office && d.Breached > 0)
                    .Select(d => $"{d.Rule} {N(d.Breached)}");
                text.AppendLine($"  {office.Office,-34}{N(office.Requests),8}{N(office.Met),11}{N(office.Breached),13}{N(office.Open),10}  {string.Join(", ", breachedRules)}");
            }
            if (summary.RequestsWithoutDeadline > 0)
            {
                text.AppendLine($"  sin plazo (C8: primero el Test de Autodiagnóstico): {N(summary.RequestsWithoutDeadline)}");
            }
        }

        private static void AppendNotes(StringBuilder text, SimulationSummary summary)
        {
            var run = summary.Run;
            text.AppendLine($"Notas de comportamiento (N1-N4): {N(run.NoShows)} inasistencias, {N(run.ExcusedByForceMajeure)} por fuerza mayor (sin nota), {N(summary.NotesLeft)} notas");
            foreach (var status in summary.NotesByStatus)
            {
                text.AppendLine($"  {status.Label,-28}{N(status.Count),8}");
            }
            text.AppendLine($"  {"descargos fuera de plazo",-28}{N(run.LateDefencesRefused),8}   rechazados (N3)");
            text.AppendLine($"  {"empresas con nota vigente",-28}{N(summary.AccountsWithNoteInForce),8}   (N4)");
        }

        private static string N(int value) => SpanishNumbers.Count(value);
    }
}
