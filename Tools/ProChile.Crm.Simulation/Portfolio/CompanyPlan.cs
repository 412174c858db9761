extern alias shipped;

using System;
using System.Collections.Generic;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Portfolio
{
    /// <summary>
    /// C1-C3: how complete a company's record is when it is registered, which decides its segment: potential
    /// (required data missing), outside the portfolio (contact data missing, not validated, out of focus) or
    /// in it. The plugins decide; this only shapes the input.
    /// </summary>
    public enum RecordCompleteness
    {
        Complete,
        RequiredDataMissing,
        ContactDataMissing,
        NotValidated,
        OutOfFocus,
    }

    /// <summary>
    /// One synthetic company and everything that happens to it in the first simulated year, drawn up front from the
    /// seed; <see cref="LaterYears"/> holds what happens in each following year of a longer run.
    /// </summary>
    public sealed record CompanyPlan(
        int Index,
        string Name,
        string? Rut,
        Choices.Region Region,
        RecordCompleteness Completeness,
        bool Exporter,
        Choices.ExportPotential? Potential,
        bool ExportaMas,
        string? Sector,
        DateTime RegisteredAtUtc,
        IReadOnlyList<DateTime> HistoryActionDates,
        IReadOnlyList<ActionPlan> Actions,
        DateTime? OptOutAtUtc,
        ManualCategoryPlan? ManualCategory,
        IReadOnlyList<RequestPlan> Requests,
        NoShowPlan? NoShow)
    {
        /// <summary>C9/C6: a company without a Chilean RUT is attended from abroad.</summary>
        public bool IsForeign => Rut is null;

        /// <summary>The years after the first, in order (empty for a one-year run).</summary>
        public IReadOnlyList<CompanyYearPlan> LaterYears { get; init; } = Array.Empty<CompanyYearPlan>();

        /// <summary>The first year's plan, in the same shape as the later years'.</summary>
        public CompanyYearPlan FirstYear => new CompanyYearPlan(RegisteredAtUtc.Year, Actions, OptOutAtUtc, ManualCategory, Requests, NoShow);

        /// <summary>The plan of <paramref name="year"/>: the first year's or a later one's.</summary>
        public CompanyYearPlan In(int year) => year == RegisteredAtUtc.Year ? FirstYear : LaterYears[year - RegisteredAtUtc.Year - 1];
    }

    /// <summary>What a registered company does in one year: its actions, opt-out, hand-set category, requests and no-show.</summary>
    public sealed record CompanyYearPlan(
        int Year,
        IReadOnlyList<ActionPlan> Actions,
        DateTime? OptOutAtUtc,
        ManualCategoryPlan? ManualCategory,
        IReadOnlyList<RequestPlan> Requests,
        NoShowPlan? NoShow);

    /// <summary>C6: an action in the "Registro de Acciones", on a local date, that counts or not towards being a user.</summary>
    public sealed record ActionPlan(DateTime Date, DateTime RegisteredAtUtc, bool Qualifies);

    /// <summary>C4 setting: an executive sets category 2 or 3 by hand.</summary>
    public sealed record ManualCategoryPlan(DateTime AtUtc, Choices.Category Category);
}
