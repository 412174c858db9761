using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using ProChile.Crm.Simulation.Results;

namespace ProChile.Crm.Simulation.Report
{
    /// <summary>
    /// The simulation's report: one self-contained HTML file (inline CSS and SVG charts, nothing fetched) with the
    /// segments, categories, deadlines per rule and per office, and behaviour notes, each as a chart and a table. A run
    /// of consecutive years opens with the year-over-year table, then each year in full (chart ids end in the year).
    /// </summary>
    public static class HtmlReport
    {
        public const string FileName = "informe-simulacion.html";

        private const string Met = "#2e7d32";
        private const string Breached = "#c62828";
        private const string Open = "#9e9e9e";
        private const string Single = "#1565c0";

        /// <summary>Writes the report into <paramref name="directory"/> and returns its path.</summary>
        public static string Write(SimulationSummary summary, string directory) => Write(new[] { summary }, directory);

        /// <summary>Writes the report of one or more consecutive years into <paramref name="directory"/> and returns its path.</summary>
        public static string Write(IReadOnlyList<SimulationSummary> years, string directory)
        {
            var path = Path.Combine(directory, FileName);
            File.WriteAllText(path, Render(years), new UTF8Encoding(false));
            return path;
        }

        public static string Render(SimulationSummary summary)
        {
            var html = new StringBuilder();
            Head(html, summary.Year.ToString(CultureInfo.InvariantCulture));
            html.Append(CultureInfo.InvariantCulture, $"<h1>Simulación del Protocolo de Atención de Usuarios: año {summary.Year}</h1>");
            Year(html, summary, string.Empty);
            return Foot(html);
        }

        public static string Render(IReadOnlyList<SimulationSummary> years)
        {
            if (years.Count == 1)
            {
                return Render(years[0]);
            }
            var span = $"{years[0].Year}-{years[^1].Year}";
            var html = new StringBuilder();
            Head(html, span);
            html.Append(CultureInfo.InvariantCulture, $"<h1>Simulación del Protocolo de Atención de Usuarios: años {span}</h1>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{N(years[0].Companies)} empresas sintéticas (semilla {years[0].Seed}) viven {years.Count} años seguidos en la misma organización local: categorías, acciones, antiguas usuarias (C7) y notas vigentes pasan de un año al siguiente.</p>");
            html.Append("<h2>Año a año</h2>");
            var header = new List<string> { "Indicador" };
            header.AddRange(years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture)));
            header.AddRange(years.Skip(1).Select(y => "Cambio " + y.Year.ToString(CultureInfo.InvariantCulture)));
            html.Append(Table(header, YearOverYear.Rows(years).Select(r => new[] { r.Label.Trim() }
                .Concat(r.Values.Select(N)).Concat(r.Changes.Select(YearOverYearRow.Signed)).ToArray())));
            foreach (var summary in years)
            {
                html.Append(CultureInfo.InvariantCulture, $"<h1 id=\"anio-{summary.Year}\">Año {summary.Year}</h1>");
                Year(html, summary, "-" + summary.Year.ToString(CultureInfo.InvariantCulture));
            }
            return Foot(html);
        }

        private static void Head(StringBuilder html, string years)
        {
            html.Append("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\">");
            html.Append(CultureInfo.InvariantCulture, $"<title>Simulación ProChile {years}</title>");
            html.Append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1000px}h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #ccc}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}"
                + "svg.chart text{font-size:12px;fill:#222}svg.chart text.title{font-size:14px;font-weight:bold}.note{color:#555;font-size:.9em}</style></head><body>");
        }

        private static string Foot(StringBuilder html)
        {
            html.Append("<p class=\"note\">Generado por <code>prochile simulate</code>. Datos sintéticos: no representan empresas reales.</p></body></html>\n");
            return html.ToString();
        }

        // One year's sections; idSuffix keeps chart ids unique when several years share the page.
        private static void Year(StringBuilder html, SimulationSummary summary, string idSuffix)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{N(summary.Companies)} empresas sintéticas (semilla {summary.Seed}) en las 16 regiones, pasadas por los plugins de la solución en la organización local.</p>");

            Section(html, "Segmentos (C3)", SvgBarChart.Render("segmentos" + idSuffix, "Empresas por segmento", Labels(summary.Segments), One("Empresas", summary.Segments)), Table(new[] { "Segmento", "Empresas" }, summary.Segments.Select(s => new[] { s.Label, N(s.Count) })));
            Section(html, "Categorías de la cartera (C4, C5)", SvgBarChart.Render("categorias" + idSuffix, "Empresas de la cartera por categoría", Labels(summary.Categories), One("Empresas", summary.Categories)),
                Table(new[] { "Categoría", "Empresas" }, summary.Categories.Select(s => new[] { s.Label, N(s.Count) }))
                + P($"Bajas de categoría 2 a 3 por rechazo del correo mensual (C5): {N(summary.Run.Demotions)} de {N(summary.Run.OptOuts)} rechazos. Cambios de categoría registrados en el historial: {N(summary.CategoryChangesRecorded)}."));
            html.Append("<h2>Usuarias (C6, C7) y seguimiento (F1, F2)</h2>");
            html.Append(Table(new[] { "Indicador", "Valor" }, new[]
            {
                new[] { "Acciones registradas en el año", N(summary.ActionsInYear) },
                new[] { "Empresas usuarias del año", N(summary.UsersOfTheYear) },
                new[] { "Antiguas usuarias (3 años o más)", N(summary.FormerUsers) },
                new[] { "Tareas de seguimiento del ejecutivo(a) (F1)", N(summary.FollowUpTasks) },
                new[] { "Correos automáticos de seguimiento (F2)", N(summary.FollowUpEmails) },
                new[] { "Alertas a responsables (D6, tareas)", N(summary.AlertTasks) },
                new[] { "Alertas de vencimiento a casillas regionales (D6, R1, borradores)", N(summary.AlertEmails) },
                new[] { "Tareas de revisión trimestral de ejecutivos(as) comerciales (F3)", N(summary.QuarterReviewTasks) },
                new[] { "Correos de orientación registrados (S4)", N(summary.GuidanceEmails) },
                new[] { "Problemas de registro informados a gestión de clientes (R1)", N(summary.RegistrationReports) },
            }));
            html.Append("<h2>Cadenas del protocolo (S2, S11, S12)</h2>");
            html.Append(Table(new[] { "Cadena", "Respondidas", "Abrieron la siguiente", "Cumplidas de punta a punta" }, new[]
            {
                new[] { "Contacto S1/S3/S5 → entrevista o visita S2", N(summary.ContactChains.Answered), N(summary.ContactChains.Opened), N(summary.ContactChains.MetEndToEnd) },
                new[] { "Demanda S9/S10 → seguimiento S11/S12", N(summary.DemandChains.Answered), N(summary.DemandChains.Opened), N(summary.DemandChains.MetEndToEnd) },
            }));
            html.Append(P("La solución abre cada paso siguiente al registrar la respuesta del anterior; la simulación no los crea."));

            var byRule = summary.ByRule();
            Section(html, "Plazos por regla (S1-S14)", SvgBarChart.Render("plazos-regla" + idSuffix, "Solicitudes por regla", byRule.Select(r => r.Rule).ToList(), Stacked(byRule)),
                DeadlineTable("Regla", byRule.Select(r => (r.Rule, r)))
                + P($"{N(summary.Requests)} plazos = {N(summary.Met)} cumplidos + {N(summary.Breached)} incumplidos + {N(summary.Open)} abiertos al cierre. S14 cuenta como cumplido cuando la agenda se pidió con 30 días o más; S8 es el plazo de la empresa para sus descargos."));
            var byOffice = summary.ByOffice();
            Section(html, "Plazos por oficina", SvgBarChart.Render("plazos-oficina" + idSuffix, "Solicitudes por oficina", byOffice.Select(o => o.Office).ToList(), Stacked(byOffice)),
                DeadlineTable("Oficina", byOffice.Select(o => (o.Office, o))));
            html.Append("<h2>Plazos por oficina y regla</h2>");
            html.Append(DeadlineTable("Oficina · regla", summary.Deadlines.Select(d => (d.Office + " · " + d.Rule, d))));

            Section(html, "Notas de comportamiento (N1-N4)", SvgBarChart.Render("notas" + idSuffix, "Notas por estado al cierre", Labels(summary.NotesByStatus), One("Notas", summary.NotesByStatus)),
                Table(new[] { "Indicador", "Valor" }, new[]
                {
                    new[] { "Inasistencias a agendas confirmadas", N(summary.Run.NoShows) },
                    new[] { "Excusadas por fuerza mayor (sin nota)", N(summary.Run.ExcusedByForceMajeure) },
                    new[] { "Notas", N(summary.NotesLeft) },
                    new[] { "Descargos fuera de plazo rechazados (N3)", N(summary.Run.LateDefencesRefused) },
                    new[] { "Empresas con nota vigente (N4)", N(summary.AccountsWithNoteInForce) },
                }.Concat(summary.NotesByStatus.Select(s => new[] { "Notas: " + s.Label, N(s.Count) }))));
            html.Append(CultureInfo.InvariantCulture, $"<p>Rechazos por falta de privilegio: {N(summary.Run.PrivilegeRefusals)}</p>");
            if (summary.Run.UnexpectedRefusals > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<h2>Rechazos no previstos: {N(summary.Run.UnexpectedRefusals)}</h2><ul>");
                foreach (var message in summary.Run.UnexpectedMessages)
                {
                    html.Append("<li>").Append(E(message)).Append("</li>");
                }
                html.Append("</ul>");
            }
        }

        private static void Section(StringBuilder html, string title, string chart, string body) =>
            html.Append("<h2>").Append(E(title)).Append("</h2>").Append(chart).Append(body);

        private static List<string> Labels(IReadOnlyList<LabelledCount> counts) => counts.Select(c => c.Label).ToList();

        private static ChartSeries[] One(string name, IReadOnlyList<LabelledCount> counts) =>
            new[] { new ChartSeries(name, Single, counts.Select(c => c.Count).ToList()) };

        private static ChartSeries[] Stacked(IReadOnlyList<DeadlineTally> tallies) => new[]
        {
            new ChartSeries("Cumplidos", Met, tallies.Select(t => t.Met).ToList()),
            new ChartSeries("Incumplidos", Breached, tallies.Select(t => t.Breached).ToList()),
            new ChartSeries("Abiertos", Open, tallies.Select(t => t.Open).ToList()),
        };

        private static string DeadlineTable(string first, IEnumerable<(string Label, DeadlineTally Tally)> rows) =>
            Table(new[] { first, "Total", "Cumplidos", "Incumplidos", "Abiertos", "% cumplidos" },
                rows.Select(r => new[] { r.Label, N(r.Tally.Requests), N(r.Tally.Met), N(r.Tally.Breached), N(r.Tally.Open), Percent(r.Tally.Met, r.Tally.Requests) }));

        private static string Table(IReadOnlyList<string> header, IEnumerable<string[]> rows)
        {
            var table = new StringBuilder("<table><tr>");
            foreach (var cell in header)
            {
                table.Append("<th>").Append(E(cell)).Append("</th>");
            }
            table.Append("</tr>");
            foreach (var row in rows)
            {
                table.Append("<tr>");
                foreach (var cell in row)
                {
                    table.Append("<td>").Append(E(cell)).Append("</td>");
                }
                table.Append("</tr>");
            }
            return table.Append("</table>").ToString();
        }

        private static string P(string text) => "<p>" + E(text) + "</p>";

        private static string Percent(int part, int whole) => SpanishNumbers.Percent(part, whole);

        private static string N(int value) => SpanishNumbers.Count(value);

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
