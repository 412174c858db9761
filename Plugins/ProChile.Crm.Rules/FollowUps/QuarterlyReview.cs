using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>
    /// F3: "al término de cada trimestre, cada ejecutivo/a comercial revise la base de empresas que ha atendido en
    /// ese periodo", with "especial seguimiento" for importers who answered satisfaction surveys ("sobre todo si
    /// han proyectado negocios") and for those who received contacts through One Click Import. One list per
    /// executive; a company attended several times appears once.
    /// </summary>
    public static class QuarterlyReview
    {
        public static readonly DecisionReason ProjectedBusiness = new DecisionReason(
            "F3.ProjectedBusiness", "F3", "Importador que respondió la encuesta de satisfacción proyectando negocios.");

        public static readonly DecisionReason AnsweredSurvey = new DecisionReason(
            "F3.AnsweredSurvey", "F3", "Importador que respondió la encuesta de satisfacción de ProChile.");

        public static readonly DecisionReason OneClickImportContacts = new DecisionReason(
            "F3.OneClickImport", "F3", "Recibió contactos de empresas chilenas vía One Click Import / Oportunidades Comerciales.");

        /// <summary>The review lists of <paramref name="quarter"/>, one per commercial executive, ordered by executive.</summary>
        public static IReadOnlyList<QuarterReviewList> For(Quarter quarter, IEnumerable<ForeignCompanyAttention> attentions)
        {
            if (attentions is null)
            {
                throw new ArgumentNullException(nameof(attentions));
            }
            return attentions
                .Where(a => quarter.Contains(a.AttendedOn))
                .GroupBy(a => a.CommercialExecutive, StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new QuarterReviewList(quarter, g.First().CommercialExecutive, Items(g)))
                .ToArray();
        }

        private static IReadOnlyList<QuarterReviewItem> Items(IEnumerable<ForeignCompanyAttention> attentions) =>
            attentions
                .GroupBy(a => a.CompanyId, StringComparer.OrdinalIgnoreCase)
                .Select(Item)
                .OrderBy(Rank)
                .ThenBy(i => i.CompanyName, StringComparer.OrdinalIgnoreCase)
                .ToArray();

        private static QuarterReviewItem Item(IGrouping<string, ForeignCompanyAttention> company)
        {
            var reasons = new List<DecisionReason>();
            if (company.Any(a => a.ProjectedBusiness))
            {
                reasons.Add(ProjectedBusiness);
            }
            else if (company.Any(a => a.AnsweredSatisfactionSurvey))
            {
                reasons.Add(AnsweredSurvey);
            }
            if (company.Any(a => a.ReceivedOneClickImportContacts))
            {
                reasons.Add(OneClickImportContacts);
            }
            return new QuarterReviewItem(company.Key, company.First().CompanyName, company.Count(), reasons.ToArray());
        }

        // Projected business first ("sobre todo"), then any other special reason, then the plain review.
        private static int Rank(QuarterReviewItem item) =>
            item.SpecialFollowUp.Contains(ProjectedBusiness) ? 0 : item.IsSpecial ? 1 : 2;
    }
}
