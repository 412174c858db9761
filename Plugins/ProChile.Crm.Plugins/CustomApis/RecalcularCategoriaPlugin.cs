using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Portfolio;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Plugins.CustomApis
{
    /// <summary>
    /// pch_RecalcularCategoria (C4, C5), bound to account: the category a portfolio company has today, written when
    /// the stored one is out of date (an action aged out of the window with nobody touching the account). The
    /// computation is <see cref="CategoryRecomputation"/>, the one the workflow activity runs, as SYSTEM once the caller
    /// has shown they can read the company; the account plugins record the change in the history.
    /// Service calls: 1 Retrieve as the caller, then 1 outside the portfolio; 3 when up to date; 4 when it writes.
    /// </summary>
    [CustomApi(CustomApiNames.RecalcularCategoria, "Recalcular categoría", "Recompute category",
        "C4 (y C5): recalcula la categoría de una empresa de cartera (1 Exporta Más, 2 Trabajo Habitual, 3 Trabajo Esporádico) a la fecha de hoy; si cambió, la guarda con su motivo y queda en el historial.",
        "C4 (and C5): recomputes a portfolio company's category (1 Exporta Más, 2 regular work, 3 occasional work) as of today; if it changed, saves it with its reason and records it in the history.",
        Binding = CustomApiBinding.Entity, BoundEntity = Account.EntityLogicalName)]
    [CustomApiResponse(Category, CustomApiType.Integer, "Categoría", "Category", "1, 2 o 3; 0 si la empresa no está en cartera (C3).", "1, 2 or 3; 0 when the company is not in the portfolio (C3).")]
    [CustomApiResponse(Reason, CustomApiType.String, "Motivo", "Reason", "Por qué tiene esa categoría, con la regla que la da.", "Why it has that category, with the rule that gives it.")]
    [CustomApiResponse(Changed, CustomApiType.Boolean, "Categoría cambió", "Category changed", "Verdadero si se guardó una categoría distinta de la que tenía.", "True when a category different from the stored one was saved.")]
    public sealed class RecalcularCategoriaPlugin : PluginBase
    {
        public const string Category = "Categoria";
        public const string Reason = "Motivo";
        public const string Changed = "CategoriaCambio";

        // Immutable (zones only), shared by every execution.
        private static readonly RegionDates RegionDates = new RegionDates();

        protected override void Execute(PluginExecution execution)
        {
            var company = execution.GetRequiredTargetReference();
            // The caller must be able to read the company (Dataverse checks it on this Retrieve); past that, the
            // recomputation is the rule's, as SYSTEM (see CategoryRecomputation).
            execution.UserService.Retrieve(Account.EntityLogicalName, company.Id, new ColumnSet(Account.PrimaryId));
            var result = CategoryRecomputation.Run(execution.SystemService, company, execution.NowUtc, RegionDates, execution.Tracing);
            var output = execution.Context.OutputParameters;
            output[Category] = result.Category is PortfolioCategory category ? (int)category : 0;
            output[Reason] = result.Reason;
            output[Changed] = result.Changed;
        }
    }
}
