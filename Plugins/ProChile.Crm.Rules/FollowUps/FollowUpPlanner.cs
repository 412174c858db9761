using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>
    /// F1/F2: which follow-ups a finished activity calls for, when, and to whom, by the company's category (C4).
    /// <list type="bullet">
    /// <item>Category 1: "Seguimiento lo hará directamente el/la ejecutivo a cargo": a task for the executive,
    /// due <c>F1.ExecutiveTaskDueMonths</c> (setting, default 1) months after the activity ends.</item>
    /// <item>Categories 2 and 3, two automated emails in the executive's name: (a) "1 mes posterior al término de
    /// actividad", with the C5 opt-out, not sent to a company that already opted out; (b) about closed business,
    /// the horizon the company gave in the survey after the activity ends (setting
    /// <c>F2.DefaultBusinessHorizonMonths</c>, default 6, when it gave none). The opt-out covers only the
    /// monthly email (a), so (b) is still sent.</item>
    /// <item>Accounts outside the portfolio (no category) get none: F1 and F2 follow portfolio companies.</item>
    /// </list>
    /// </summary>
    public static class FollowUpPlanner
    {
        /// <summary>F2 (a): the protocol's one month.</summary>
        public const int CheckInMonths = 1;

        public static FollowUpPlan ForFinishedActivity(FinishedActivity activity, PortfolioCategory? category, bool optedOutOfMonthlyEmail, RuleSettings settings)
        {
            if (activity is null)
            {
                throw new ArgumentNullException(nameof(activity));
            }
            if (settings is null)
            {
                throw new ArgumentNullException(nameof(settings));
            }
            var due = new List<FollowUp>();
            var leftOut = new List<DecisionReason>();
            if (category is null)
            {
                leftOut.Add(new DecisionReason("F.NotInPortfolio", "F1",
                    "Sin seguimiento automático: la empresa no es cartera (no tiene categoría)."));
            }
            else if (category == PortfolioCategory.ExportaMas)
            {
                due.Add(ExecutiveTask(activity, settings));
            }
            else
            {
                AddEmails(activity, optedOutOfMonthlyEmail, settings, due, leftOut);
            }
            return new FollowUpPlan(due.OrderBy(f => f.DueOn).ToArray(), leftOut.ToArray());
        }

        private static FollowUp ExecutiveTask(FinishedActivity activity, RuleSettings settings)
        {
            int months = settings.ExecutiveTaskDueMonths;
            return new FollowUp(FollowUpKind.ExecutiveTask, activity.EndedOn.AddMonths(months), FollowUpRecipient.Executive, activity.ExecutiveInCharge, false,
                new DecisionReason("F1.ExecutiveTask", "F1",
                    $"Empresa Exporta Más (categoría 1): {activity.ExecutiveInCharge} hace el seguimiento directamente, según la minuta Exporta Más ({Months(months)} después del término de la actividad del {SpanishFormat.Date(activity.EndedOn)})."));
        }

        private static void AddEmails(FinishedActivity activity, bool optedOut, RuleSettings settings, List<FollowUp> due, List<DecisionReason> leftOut)
        {
            var ended = SpanishFormat.Date(activity.EndedOn);
            if (optedOut)
            {
                leftOut.Add(new DecisionReason("F2.CheckInOptedOut", "F2",
                    "No se envía el correo de seguimiento del mes: la empresa pidió no recibirlo más (C5)."));
            }
            else
            {
                due.Add(new FollowUp(FollowUpKind.CheckInEmail, activity.EndedOn.AddMonths(CheckInMonths), FollowUpRecipient.Company, activity.ExecutiveInCharge, true,
                    new DecisionReason("F2.CheckInEmail", "F2",
                        $"Correo a nombre de {activity.ExecutiveInCharge}, 1 mes después del término de la actividad del {ended}: cómo le ha ido y cómo seguir apoyándole, con la opción de no recibir más este correo mensual.")));
            }
            int horizon = activity.BusinessHorizonMonths ?? settings.DefaultBusinessHorizonMonths;
            var source = activity.BusinessHorizonMonths is null
                ? $"la empresa no indicó plazo en la encuesta; se usa el ajuste F2.DefaultBusinessHorizonMonths ({Months(horizon)})"
                : $"el plazo que la empresa indicó en la encuesta ({Months(horizon)})";
            due.Add(new FollowUp(FollowUpKind.ClosedBusinessEmail, activity.EndedOn.AddMonths(horizon), FollowUpRecipient.Company, activity.ExecutiveInCharge, false,
                new DecisionReason("F2.ClosedBusinessEmail", "F2",
                    $"Correo a nombre de {activity.ExecutiveInCharge} para saber si concretó negocios tras la actividad del {ended}, según {source}.")));
        }

        private static string Months(int months) => SpanishFormat.Count(months, "mes", "meses");
    }
}
