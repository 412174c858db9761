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

        /// <summary>
        /// The rule of <paramref name="request"/> (the row as it will be), or null when the intake says the company must
        /// take the self-diagnosis test first (no deadline runs). On Update, a rule that the old channel and urgency
        /// (and company, for the C8 intake) implied follows a new channel, urgency or company written without a rule; a rule chosen by hand (one the channel does
        /// not imply) stays, as does any rule written in the same edit.
        /// </summary>
        public DeadlineRule? Select(Entity request, Entity? before, Entity target, PluginExecution execution)
        {
            // The company decides the rule of the C8 intake channels, so moving the request to another company is a new route too.
            bool routeChanged = target.Contains(Request.Channel) || target.Contains(Request.Urgency) || target.Contains(Request.AccountId);
            if (before is not null && !target.Contains(Request.Rule) && routeChanged && WasImplied(before, execution))
            {
                return Implied(request, execution);
            }
            var chosen = ColumnValues.GetChoice(request, Request.Rule);
            if (chosen is int value)
            {
                return DeadlineChoices.TryGetRule(value, out var rule) ? rule : throw ColumnValues.Invalid(request, Request.Rule, value, DeadlineChoices.ExpectedRule);
            }
            return Implied(request, execution);
        }

        // The stored rule is the one the stored channel and urgency imply (or there is none).
        private bool WasImplied(Entity before, PluginExecution execution)
        {
            if (!(ColumnValues.GetChoice(before, Request.Rule) is int stored))
            {
                return true;
            }
            try
            {
                var implied = Implied(before, execution);
                return implied is not null && DeadlineChoices.ToChoice(implied.Id) == stored;
            }
            catch (InvalidPluginExecutionException)
            {
                return false; // the old channel implied no rule: the stored one was chosen
            }
        }

        // The rule the channel (and urgency, or the company for the C8 intake) implies.
        private DeadlineRule? Implied(Entity request, PluginExecution execution)
        {
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
