using System;
using System.Globalization;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C4: the category of a portfolio company, first matching condition wins:
    /// <list type="number">
    /// <item>member of Exporta Más: 1 (category 1 follows the programme);</item>
    /// <item>C5 demotion lock: 3 (an opt-out demoted it; only opting back in or a manual change lifts it);</item>
    /// <item>manual category set by the executive: 2 or 3 as set;</item>
    /// <item>otherwise the activity rule (setting): at least <c>C4.MinimumQualifyingActions</c> (2) qualifying
    /// actions in the rolling <c>C4.ActivityWindowMonths</c> (12) gives 2, fewer gives 3.</item>
    /// </list>
    /// The rolling window is the months ending on the evaluation date, that date included and the same date
    /// <c>ActivityWindowMonths</c> earlier excluded: on 15-03-2025 it counts 16-03-2024 to 15-03-2025. Actions
    /// dated after the evaluation date do not count yet.
    /// </summary>
    public static class CategoryRule
    {
        public static readonly DecisionReason ExportaMas = new DecisionReason(
            "C4.ExportaMas", "C4", "Categoría 1 (Exporta Más): la empresa participa en el programa Exporta Más.");

        public static readonly DecisionReason DemotedByOptOut = new DecisionReason(
            "C5.DemotedByOptOut", "C5",
            "Categoría 3 (Trabajo Esporádico): bajó desde la 2 porque pidió no recibir más el correo mensual de seguimiento. Vuelve a la regla de actividad si acepta de nuevo el correo o si su ejecutivo(a) cambia la categoría a mano.");

        public static CategoryDecision Decide(CategoryInputs inputs, CivilDate asOfDate)
        {
            if (inputs is null)
            {
                throw new ArgumentNullException(nameof(inputs));
            }
            if (inputs.IsExportaMas)
            {
                return new CategoryDecision(PortfolioCategory.ExportaMas, ExportaMas);
            }
            if (inputs.State.DemotionLock)
            {
                return new CategoryDecision(PortfolioCategory.OccasionalWork, DemotedByOptOut);
            }
            if (inputs.State.ManualCategory is PortfolioCategory manual)
            {
                return new CategoryDecision(manual, new DecisionReason(
                    "C4.Manual", "C4", $"Categoría {manual.Label()}: fijada a mano por su ejecutivo(a)."));
            }
            return ByActivity(inputs, asOfDate);
        }

        private static CategoryDecision ByActivity(CategoryInputs inputs, CivilDate asOfDate)
        {
            int months = inputs.Settings.ActivityWindowMonths;
            int minimum = inputs.Settings.MinimumQualifyingActions;
            var last = asOfDate;
            var first = last.AddMonths(-months).AddDays(1);
            int count = inputs.Actions.CountQualifying(first, last);
            var window = $"entre el {SpanishFormat.Date(first)} y el {SpanishFormat.Date(last)} ({months.ToString(CultureInfo.InvariantCulture)} meses)";
            var actions = SpanishFormat.Count(count, "acción que suma", "acciones que suman");
            var needed = $"la categoría 2 requiere al menos {SpanishFormat.Count(minimum, "acción", "acciones")}";
            if (count >= minimum)
            {
                return new CategoryDecision(PortfolioCategory.RegularWork, new DecisionReason(
                    "C4.Activity.Regular", "C4", $"Categoría 2: Trabajo Habitual: {actions} {window}; {needed}."));
            }
            return new CategoryDecision(PortfolioCategory.OccasionalWork, new DecisionReason(
                "C4.Activity.Occasional", "C4", $"Categoría 3: Trabajo Esporádico: {actions} {window}; {needed}."));
        }
    }
}
