using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Simulation.Results
{
    /// <summary>
    /// The headline figures of consecutive simulated years side by side, so the change from one year to the next
    /// reads at a glance: the portfolio and its categories (C3, C4), users and former users (C6, C7), deadlines
    /// (S1-S14, S5 apart: it needs a former user) and behaviour notes (N1-N4).
    /// </summary>
    public static class YearOverYear
    {
        public static IReadOnlyList<YearOverYearRow> Rows(IReadOnlyList<SimulationSummary> years)
        {
            var rows = new List<YearOverYearRow>
            {
                Row("Empresas en CARTERA (C3)", years, s => s.Segments.Where(x => x.Label == "CARTERA").Sum(x => x.Count)),
            };
            var categoryLabels = years[0].Categories.Select(c => c.Label).ToList();
            foreach (var label in categoryLabels)
            {
                rows.Add(Row("Categoría " + label + " (C4)", years, s => s.Categories.Where(c => c.Label == label).Sum(c => c.Count)));
            }
            rows.Add(Row("Bajas de 2 a 3 (C5)", years, s => s.Run.Demotions));
            rows.Add(Row("Acciones del año (C6)", years, s => s.ActionsInYear));
            rows.Add(Row("Empresas usuarias del año (C6)", years, s => s.UsersOfTheYear));
            rows.Add(Row("Antiguas usuarias (C7)", years, s => s.FormerUsers));
            rows.Add(Row("Plazos (S1-S14)", years, s => s.Requests));
            rows.Add(Row("  cumplidos", years, s => s.Met));
            rows.Add(Row("  incumplidos", years, s => s.Breached));
            rows.Add(Row("Solicitudes S5 (antigua usuaria)", years, s => s.ByRule().Where(r => r.Rule == "S5").Sum(r => r.Requests)));
            rows.Add(Row("Notas de comportamiento del año (N1)", years, s => s.NotesLeft));
            rows.Add(Row("Empresas con nota vigente (N4)", years, s => s.AccountsWithNoteInForce));
            rows.Add(Row("Rechazos no previstos", years, s => s.Run.UnexpectedRefusals));
            rows.Add(Row("Rechazos por falta de privilegio", years, s => s.Run.PrivilegeRefusals));
            return rows;
        }

        private static YearOverYearRow Row(string label, IReadOnlyList<SimulationSummary> years, System.Func<SimulationSummary, int> value) =>
            new YearOverYearRow(label, years.Select(value).ToList());
    }

    /// <summary>One figure per year, in year order; <see cref="Changes"/> are the differences from each year to the next.</summary>
    public sealed record YearOverYearRow(string Label, IReadOnlyList<int> Values)
    {
        public IReadOnlyList<int> Changes => Values.Skip(1).Select((value, i) => value - Values[i]).ToList();

        /// <summary>A change as it is written: +12, -3, 0.</summary>
        public static string Signed(int change) => change > 0 ? "+" + SpanishNumbers.Count(change) : SpanishNumbers.Count(change);
    }
}
