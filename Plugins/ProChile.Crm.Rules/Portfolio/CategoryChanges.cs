using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C5 and C4's manual setting: the events that change a company's category state. Each returns the new
    /// state, the category after the event and, when the category changed, a history entry (when, from, to,
    /// why, who). The category before and after is computed by <see cref="CategoryRule"/> on the same date.
    /// <list type="bullet">
    /// <item><see cref="OptOut"/>: "Si dice que no y está en categoría 2, pasará a categoría 3". Only 2 becomes 3,
    /// and the lock is set; in 1 or 3 nothing changes (no lock, no entry), so a second opt-out is a no-op.</item>
    /// <item><see cref="OptIn"/>: lifts the lock; the category returns to what the manual choice or activity says.</item>
    /// <item><see cref="SetManually"/> / <see cref="ClearManual"/>: an executive's change; it lifts the lock too.</item>
    /// <item><see cref="Recompute"/>: anything else that may move the category (an action added, re-dated or
    /// deleted, the window sliding, Exporta Más joined or left).</item>
    /// </list>
    /// </summary>
    public static class CategoryChanges
    {
        internal const string ManualExportaMasRefused =
            "La categoría 1 (Exporta Más) no se fija a mano: sigue la participación en el programa Exporta Más. A mano solo se puede fijar la categoría 2 (Trabajo Habitual) o 3 (Trabajo Esporádico).";

        public static readonly DecisionReason OptedIn = new DecisionReason(
            "C5.OptIn", "C5", "La empresa volvió a aceptar el correo mensual de seguimiento; se levanta el bloqueo de la baja de categoría.");

        public static readonly DecisionReason ManualSet = new DecisionReason(
            "C4.ManualSet", "C4", "Su ejecutivo(a) fijó la categoría a mano.");

        public static readonly DecisionReason ManualCleared = new DecisionReason(
            "C4.ManualCleared", "C4", "Su ejecutivo(a) quitó la categoría fijada a mano.");

        public static CategoryChange OptOut(CategoryInputs inputs, CivilDate asOfDate, DateTime whenUtc, string who)
        {
            var before = CategoryRule.Decide(inputs, asOfDate);
            if (before.Category != PortfolioCategory.RegularWork)
            {
                return new CategoryChange(inputs.State, before, null);
            }
            var locked = new CategoryState(inputs.State.ManualCategory, demotionLock: true);
            return Apply(inputs, locked, before, asOfDate, whenUtc, who, null);
        }

        public static CategoryChange OptIn(CategoryInputs inputs, CivilDate asOfDate, DateTime whenUtc, string who)
        {
            var unlocked = new CategoryState(inputs.State.ManualCategory, demotionLock: false);
            return Apply(inputs, unlocked, CategoryRule.Decide(inputs, asOfDate), asOfDate, whenUtc, who, OptedIn);
        }

        public static CategoryChange SetManually(CategoryInputs inputs, PortfolioCategory category, CivilDate asOfDate, DateTime whenUtc, string who)
        {
            if (category == PortfolioCategory.ExportaMas)
            {
                throw new CategoryChangeRefusedException(category, ManualExportaMasRefused);
            }
            return Apply(inputs, new CategoryState(category, demotionLock: false), CategoryRule.Decide(inputs, asOfDate), asOfDate, whenUtc, who, ManualSet);
        }

        public static CategoryChange ClearManual(CategoryInputs inputs, CivilDate asOfDate, DateTime whenUtc, string who) =>
            Apply(inputs, CategoryState.Initial, CategoryRule.Decide(inputs, asOfDate), asOfDate, whenUtc, who, ManualCleared);

        /// <summary>
        /// Compares the category stored on the account with what the rule gives now; an entry when they differ.
        /// </summary>
        public static CategoryChange Recompute(CategoryInputs inputs, PortfolioCategory storedCategory, CivilDate asOfDate, DateTime whenUtc, string who)
        {
            var now = CategoryRule.Decide(inputs, asOfDate);
            var entry = now.Category == storedCategory ? null : new CategoryHistoryEntry(whenUtc, storedCategory, now.Category, now.Reason, who);
            return new CategoryChange(inputs.State, now, entry);
        }

        // The entry's "why" is the event, followed by the reason for the new category; without an event
        // (an opt-out's demotion) the new category's reason already says it all.
        private static CategoryChange Apply(
            CategoryInputs inputs, CategoryState newState, CategoryDecision before, CivilDate asOfDate, DateTime whenUtc, string who, DecisionReason? trigger)
        {
            var after = CategoryRule.Decide(inputs.WithState(newState), asOfDate);
            if (after.Category == before.Category)
            {
                return new CategoryChange(newState, after, null);
            }
            var why = trigger is null ? after.Reason : new DecisionReason(trigger.Code, trigger.RuleId, trigger.Text + " " + after.Reason.Text);
            return new CategoryChange(newState, after, new CategoryHistoryEntry(whenUtc, before.Category, after.Category, why, who));
        }
    }
}
