using System;

namespace ProChile.Crm.Rules.Routing
{
    /// <summary>
    /// R1: a registration problem reported to the registration mailbox ("problemas para realizar el registro ...
    /// deberá informar al correo gestiondeclientes@"): what is wrong with which company. The subject names the
    /// problem and the company's reference, so the same problem is reported once. Immutable.
    /// </summary>
    public sealed class RegistrationProblem
    {
        private RegistrationProblem(string code, string subject, string body)
        {
            Code = code;
            Subject = subject;
            Body = body;
        }

        /// <summary>A stable code of the problem ("R1.SinRegion").</summary>
        public string Code { get; }

        /// <summary>The email's subject: problem, company and its reference (8 characters of its id).</summary>
        public string Subject { get; }

        public string Body { get; }

        /// <summary>A company with no region: no regional office, mailbox, time zone or S4 exception can be chosen.</summary>
        public static RegistrationProblem CompanyWithoutRegion(string companyName, string companyReference, string whatWaited) => new RegistrationProblem(
            "R1.SinRegion",
            $"R1: empresa sin región en CRM, {Cut(companyName, 120)} (ref. {companyReference})",
            $"La empresa «{companyName}» (ref. {companyReference}) no tiene región en CRM, así que no se le puede asignar oficina regional ni casilla (R1). " +
            $"Quedó pendiente: {whatWaited}. Complete su región en la ficha de la empresa.");

        private static string Cut(string text, int max) =>
            (text ?? throw new ArgumentNullException(nameof(text))).Length <= max ? text : text.Substring(0, max - 1) + "…";
    }
}
