extern alias shipped;

using System;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Portfolio
{
    /// <summary>
    /// How a request comes in. Most carry no rule: the plugin derives it from the channel and the company, as in
    /// Dataverse (S1/S5 from the form, S3/S4 from the test, S6, S7, S9/S10). S2, S11, S12, S13 and S14 are
    /// registered with their rule chosen, as an executive does.
    /// </summary>
    public enum RequestOpening
    {
        /// <summary>S1 or S5 (C7), decided by the plugin: an exporter completes or updates its characterisation form.</summary>
        CharacterisationForm,
        /// <summary>S3 or S4 (with S4's regional exception), decided by the plugin from the self-diagnosis result.</summary>
        SelfDiagnosis,
        /// <summary>S6: an existing user asks its regional executive.</summary>
        ExecutiveRequest,
        /// <summary>S7: a person without a company asks the help centre.</summary>
        HelpCentre,
        /// <summary>S9 (urgent) or S10 (medium): a foreign company's demand in One Click Import / Oportunidades Comerciales.</summary>
        ImportDemand,
        /// <summary>S13: an importer asks for an agenda in Chile.</summary>
        AgendaInChile,
        /// <summary>S14: an agenda for an importer's visit, with the visit date.</summary>
        VisitAgenda,
    }

    /// <summary>When (and whether) the owing office answers, as a share of the deadline's span, so it works for any term.</summary>
    public sealed record AnswerPlan(AnswerTiming Timing, double ShareOfSpan)
    {
        public static readonly AnswerPlan Immediately = new AnswerPlan(AnswerTiming.OnTime, 0);
    }

    public enum AnswerTiming
    {
        /// <summary>Answered after <c>ShareOfSpan</c> of the span (0..1): met.</summary>
        OnTime,
        /// <summary>Answered <c>ShareOfSpan</c> of the span after the due instant: missed.</summary>
        Late,
        /// <summary>Never answered in the year.</summary>
        Never,
    }

    /// <summary>One request of the year: how it opens, when, with what, and how its answer goes (and the answer to its follow-up).</summary>
    public sealed record RequestPlan(
        RequestOpening Opening,
        DateTime StartUtc,
        Choices.Channel? Channel,
        Choices.Urgency? Urgency,
        Choices.Region Office,
        string? CommercialOffice,
        DateTime? VisitDate,
        AnswerPlan Answer,
        AnswerPlan FollowUpAnswer);
}
