using System;

namespace ProChile.Crm.Rules.Process
{
    /// <summary>
    /// S4: the admin's templates of the guidance email (settings <c>S4.GuidanceEmailSubject</c> and
    /// <c>S4.GuidanceEmailBody</c>; the body is HTML, as Dataverse's email body is). Placeholders: <c>{empresa}</c>, the company's name; <c>{casilla}</c>, its
    /// region's mailbox (R1). Immutable.
    /// </summary>
    public sealed class GuidanceEmailTemplate
    {
        public const string CompanyPlaceholder = "{empresa}";
        public const string MailboxPlaceholder = "{casilla}";

        public GuidanceEmailTemplate(string subject, string body)
        {
            Subject = subject ?? throw new ArgumentNullException(nameof(subject));
            Body = body ?? throw new ArgumentNullException(nameof(body));
        }

        public string Subject { get; }

        public string Body { get; }

        public string SubjectFor(string company) => Subject.Replace(CompanyPlaceholder, company);

        /// <summary>The body with the placeholders filled in; the values are HTML-encoded, as the body is HTML (a name may hold "&amp;").</summary>
        public string BodyFor(string company, string mailbox) =>
            Body.Replace(CompanyPlaceholder, Html(company)).Replace(MailboxPlaceholder, Html(mailbox));

        // Only the characters HTML gives a meaning; Spanish letters stay as they are (WebUtility would write "&#241;" for "ñ").
        private static string Html(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    }
}
