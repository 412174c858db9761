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

    /// <summary>One synthetic company and everything that happens to it in the simulated year, drawn up front from the seed.</summary>
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
    }

    /// <summary>C6: an action in the "Registro de Acciones", on a local date, that counts or not towards being a user.</summary>
    public sealed record ActionPlan(DateTime Date, DateTime RegisteredAtUtc, bool Qualifies);

    /// <summary>C4 setting: an executive sets category 2 or 3 by hand.</summary>
    public sealed record ManualCategoryPlan(DateTime AtUtc, Choices.Category Category);
}
