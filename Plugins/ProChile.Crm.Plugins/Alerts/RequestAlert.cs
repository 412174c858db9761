using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Plugins.Alerts
{
    /// <summary>
    /// D6: what an alert about one request says: its rule, its company, its due instant in the owing office's local
    /// time, its owner and (for R1) its regional office. Read from the alert step's post-image; one Retrieve for the
    /// company's name only when the image's reference lacks it.
    /// </summary>
    internal sealed class RequestAlert
    {
        private readonly string reference;
        private readonly string rule;
        private readonly string companyName;
        private readonly string dueLocal;
        private readonly string requestName;

        private RequestAlert(Guid id, string rule, string companyName, string dueLocal, string requestName)
        {
            reference = AlertActivities.Reference(id);
            this.rule = rule;
            this.companyName = companyName;
            this.dueLocal = dueLocal;
            this.requestName = requestName;
        }

        public EntityReference? Owner { get; private set; }

        public EntityReference? Company { get; private set; }

        public DateTime? DueUtc { get; private set; }

        /// <summary>The owing regional office's slug; null for a commercial office abroad.</summary>
        public string? RegionSlug { get; private set; }

        public static RequestAlert Read(PluginExecution execution, Entity request, RegionDates regionDates)
        {
            var company = ColumnValues.GetReference(request, Request.AccountId);
            var companyName = company?.Name;
            if (company != null && string.IsNullOrEmpty(companyName))
            {
                // As SYSTEM: the alert names the company whoever may read it.
                companyName = ColumnValues.GetString(execution.SystemService.Retrieve(Account.EntityLogicalName, company.Id, new ColumnSet(Account.Name)), Account.Name);
            }
            int? ruleChoice = ColumnValues.GetChoice(request, Request.Rule);
            string rule = ruleChoice is int value && DeadlineChoices.TryGetRule(value, out var found) ? found.Id : "sin regla";
            var due = ColumnValues.GetInstant(request, Request.Due);
            int? office = ColumnValues.GetChoice(request, Request.Office);
            string? slug = office is int region && RegionChoices.TryGetOfficeSlug(region, out var s) ? s : null;
            var zone = slug != null ? regionDates.ZoneOf(office) : ZoneAbroad(ColumnValues.GetString(request, Request.CommercialOffice)) ?? regionDates.ZoneOf(null);
            string dueLocal = due is DateTime d
                ? zone.ToLocal(d).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " (" + zone.Id + ")"
                : "sin vencimiento";
            return new RequestAlert(request.Id, rule, companyName ?? "sin empresa", dueLocal, ColumnValues.GetString(request, Request.Name) ?? "solicitud")
            {
                Owner = ColumnValues.GetReference(request, Request.Owner),
                Company = company == null ? null : new EntityReference(Account.EntityLogicalName, company.Id),
                DueUtc = due,
                RegionSlug = slug,
            };
        }

        /// <summary>"D6: solicitud en riesgo, S7, Viña Los Andes SpA, vence 23-09-2026 23:59 (America/Santiago) · ref. 1a2b3c4d".</summary>
        public string Subject(bool overdue) => AlertActivities.Subject(
            $"D6: solicitud {(overdue ? "vencida" : "en riesgo")}, {rule}, {companyName}, {(overdue ? "venció" : "vence")} {dueLocal}",
            $" · {reference} {(overdue ? "vencida" : "riesgo")}");

        public string Description(bool overdue) =>
            $"La solicitud «{requestName}» de {companyName} ({rule}) {(overdue ? "venció sin respuesta" : "está en riesgo (D6)")}: " +
            $"{(overdue ? "venció" : "vence")} el {dueLocal}. {(overdue ? "Responda cuanto antes y registre la respuesta." : "Respóndala antes del vencimiento.")}";

        private static OfficeTimeZone? ZoneAbroad(string? zoneId) =>
            zoneId != null && TimeZoneResolver.ForPlatform().TryResolve(zoneId, out var zone) ? zone : null;
    }
}
