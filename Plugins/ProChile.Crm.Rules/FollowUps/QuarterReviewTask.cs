using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>
    /// F3: the texts of a commercial executive's quarter-review task: a subject that names the quarter (one task per
    /// quarter and executive, found again by it) and a description listing each company with its F3 reasons,
    /// cut to the column's length with a pointer to the "Revisión trimestral" view for the rest.
    /// </summary>
    public static class QuarterReviewTask
    {
        /// <summary>task.subject's maximum length.</summary>
        public const int SubjectMaxLength = 200;

        /// <summary>task.description's maximum length.</summary>
        public const int DescriptionMaxLength = 2000;

        /// <summary>"F3: revisión trimestral T1 2025": the same for every executive, so the owner tells the tasks apart.</summary>
        public static string Subject(Quarter quarter) => "F3: revisión trimestral " + quarter;

        /// <summary>One line per company: name, attentions, and its reasons' codes and texts (a plain review says so).</summary>
        public static string Description(QuarterReviewList list)
        {
            if (list is null)
            {
                throw new ArgumentNullException(nameof(list));
            }
            var header = $"Empresas atendidas en el {list.Quarter} que debe revisar ({list.Companies.Count}); especial seguimiento primero:";
            var text = new StringBuilder(header);
            for (int i = 0; i < list.Companies.Count; i++)
            {
                var line = "\n" + Line(list.Companies[i]);
                var rest = list.Companies.Count - i;
                var more = $"\n… y {rest.ToString(CultureInfo.InvariantCulture)} más: vea la vista «Revisión trimestral».";
                if (text.Length + line.Length + (rest > 1 ? more.Length : 0) > DescriptionMaxLength)
                {
                    text.Append(more);
                    break;
                }
                text.Append(line);
            }
            return text.ToString();
        }

        /// <summary>The reason shown on the company (the view's column): its F3 codes and texts, or the plain review.</summary>
        public static string Reason(QuarterReviewItem item) =>
            (item ?? throw new ArgumentNullException(nameof(item))).IsSpecial
                ? string.Join(" ", item.SpecialFollowUp.Select(r => r.ToString()))
                : "F3: revisión del trimestre (sin especial seguimiento).";

        private static string Line(QuarterReviewItem item) =>
            $"- {item.CompanyName} ({SpanishFormat.Count(item.Attentions, "atención", "atenciones")}): {Reason(item)}";
    }
}
