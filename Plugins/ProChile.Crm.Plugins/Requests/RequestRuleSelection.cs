using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Portfolio;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using Choices = ProChile.Crm.Dataverse.Schema.Choices;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Plugins.Requests
{
    /// <summary>
    /// Which S-rule times a request: the one chosen on the row, else the one its channel and urgency imply.
    /// Help centre: S7. Executive: S6 (a user's new request). One Click Import / Oportunidades Comerciales: S9 when
    /// urgent, S10 when medium. Characterisation form and self-diagnosis: the rules' C8 intake routing (S1 or S5 by
    /// former-user status; S3, or S4 with its regional exception), read from the company.
    /// </summary>
    internal sealed class RequestRuleSelection
    {
        private readonly RegionDates regionDates;

        public RequestRuleSelection(RegionDates regionDates)
        {
            this.regionDates = regionDates;
        }

        /// <summary>The rule, or null when the intake says the company must take the self-diagnosis test first (no deadline runs).</summary>
        public DeadlineRule? Select(Entity request, PluginExecution execution)
        {
            var chosen = ColumnValues.GetChoice(request, Request.Rule);
            if (chosen is int value)
            {
                return DeadlineChoices.TryGetRule(value, out var rule) ? rule : throw ColumnValues.Invalid(request, Request.Rule, value, DeadlineChoices.ExpectedRule);
            }
            var channel = ColumnValues.GetChoice(request, Request.Channel)
                ?? throw ColumnValues.Missing(request, Request.Rule, DeadlineChoices.ExpectedRule + ", o un canal que la determine");
            switch ((Choices.Channel)channel)
            {
                case Choices.Channel.HelpCentre:
                    return ProtocolDeadlines.S7;
                case Choices.Channel.Executive:
                    return ProtocolDeadlines.S6;
                case Choices.Channel.OneClickImport:
                case Choices.Channel.CommercialOpportunities:
                    return ByUrgency(request);
                case Choices.Channel.CharacterisationForm:
                    return AfterForm(request, execution);
                case Choices.Channel.SelfDiagnosisTest:
                    return AfterTest(request, execution);
                default:
                    throw ColumnValues.Missing(request, Request.Rule, DeadlineChoices.ExpectedRule + " (el canal «correo» no determina la regla)");
            }
        }

        private static DeadlineRule ByUrgency(Entity request)
        {
            switch (ColumnValues.GetChoice(request, Request.Urgency))
            {
                case (int)Choices.Urgency.Urgent:
                    return ProtocolDeadlines.S9;
                case (int)Choices.Urgency.Medium:
                    return ProtocolDeadlines.S10;
                default:
                    throw ColumnValues.Missing(request, Request.Urgency, "la urgencia de la demanda: urgente (S9, 48 horas) o media (S10, 5 días corridos)");
            }
        }

        private DeadlineRule? AfterForm(Entity request, PluginExecution execution)
        {
            var account = Company(request, execution, Account.Exporter, Account.Region);
            // The rule depends on all the company's actions, whichever unit registered them.
            var actions = ActionRows.Read(execution.SystemService, account.Id);
            var today = regionDates.DateAt(ColumnValues.GetChoice(account, Account.Region), execution.NowUtc);
            var route = IntakeRouting.AfterCharacterisationForm(
                ColumnValues.GetBool(account, Account.Exporter) == true, FormerUserRule.Decide(actions, today).IsFormerUser);
            execution.Trace("{0}", route.Reason);
            return route.Deadline;
        }

        private static DeadlineRule? AfterTest(Entity request, PluginExecution execution)
        {
            var account = Company(request, execution, Account.ExportPotential, Account.Region);
            var potentialValue = ColumnValues.RequireChoice(account, Account.ExportPotential, "el resultado del Test de Autodiagnóstico (Alta, Media o Baja)");
            var potential = PortfolioChoices.ToExportPotential(potentialValue)
                ?? throw ColumnValues.Invalid(account, Account.ExportPotential, potentialValue, "Alta, Media o Baja");
            var regionValue = ColumnValues.RequireChoice(account, Account.Region, RegionChoices.Expected);
            if (!RegionChoices.TryGetOfficeSlug(regionValue, out var slug))
            {
                throw ColumnValues.Invalid(account, Account.Region, regionValue, RegionChoices.Expected);
            }
            var route = IntakeRouting.AfterSelfDiagnosis(potential, slug);
            execution.Trace("{0}", route.Reason);
            return route.Deadline;
        }

        private static Entity Company(Entity request, PluginExecution execution, params string[] columns)
        {
            var reference = ColumnValues.RequireReference(request, Request.AccountId, "la empresa de la solicitud, que decide la regla del formulario o del test");
            // The company as it is, though it may belong to another unit's executive.
            return execution.SystemService.Retrieve(Account.EntityLogicalName, reference.Id, new ColumnSet(columns));
        }
    }
}
