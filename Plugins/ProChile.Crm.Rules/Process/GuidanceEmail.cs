using System;
using ProChile.Crm.Rules.Routing;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.Process
{
    /// <summary>
    /// S4: "el sistema de CRM generará un correo automático, a nombre de ProChile, con el objetivo de explicarle los
    /// pasos que requiere dar antes de iniciar el proceso exportador ... Esta gestión también deberá quedar
    /// registrada". The email goes from the company's region's mailbox (R1) to its contact email, with the admin's
    /// template. A company without a usable contact email gets no email: the request says so and stays open for
    /// the executive. Immutable.
    /// </summary>
    public sealed class GuidanceEmail
    {
        /// <summary>email.subject's maximum length in Dataverse.</summary>
        public const int SubjectMaxLength = 800;

        private GuidanceEmail(string from, string? to, string subject, string body, string? missingContact)
        {
            From = from;
            To = to;
            Subject = subject;
            Body = body;
            MissingContact = missingContact;
        }

        /// <summary>R1: the region's generic mailbox, the sender.</summary>
        public string From { get; }

        /// <summary>The company's contact email; null when it has none (see <see cref="MissingContact"/>).</summary>
        public string? To { get; }

        public string Subject { get; }

        public string Body { get; }

        /// <summary>Spanish, for the request: why no email was written; null when it can be.</summary>
        public string? MissingContact { get; }

        public bool CanBeSent => MissingContact is null;

        /// <summary>The guidance email for <paramref name="companyName"/> of <paramref name="regionSlug"/>.</summary>
        /// <exception cref="UnknownRegionException">The region is not one of the 16.</exception>
        public static GuidanceEmail For(string companyName, string? contactEmail, string regionSlug, RuleSettings settings)
        {
            if (settings is null)
            {
                throw new ArgumentNullException(nameof(settings));
            }
            var from = settings.Mailboxes.For(regionSlug);
            var template = settings.GuidanceEmail;
            var subject = template.SubjectFor(companyName);
            if (subject.Length > SubjectMaxLength)
            {
                subject = subject.Substring(0, SubjectMaxLength - 1) + "…";
            }
            var body = template.BodyFor(companyName, from);
            if (string.IsNullOrWhiteSpace(contactEmail))
            {
                return new GuidanceEmail(from, null, subject, body,
                    "S4: la empresa no tiene correo de contacto (Correo electrónico); no se generó el correo automático de orientación. " +
                    "Registre el correo de la empresa y envíe la orientación, o contáctela, y luego responda esta solicitud.");
            }
            if (!MailAddress.TryParse(contactEmail!, out var to))
            {
                return new GuidanceEmail(from, null, subject, body,
                    $"S4: el correo de contacto de la empresa («{Shorten(contactEmail!)}») no es una dirección válida; no se generó el correo automático de orientación. " +
                    "Corríjalo y envíe la orientación, o contacte a la empresa, y luego responda esta solicitud.");
            }
            return new GuidanceEmail(from, to, subject, body, null);
        }

        // Keeps the note within pch_processnote (500) whatever was typed.
        private static string Shorten(string text) => text.Length <= 100 ? text : text.Substring(0, 99) + "…";
    }
}
