namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>F1/F2: the follow-ups a finished activity can call for.</summary>
    public enum FollowUpKind
    {
        /// <summary>F1: a task for the executive in charge of a category-1 (Exporta Más) company.</summary>
        ExecutiveTask = 1,

        /// <summary>F2 (a): the email one month after the activity ends, in the executive's name, with the C5 opt-out.</summary>
        CheckInEmail = 2,

        /// <summary>F2 (b): the email asking about closed business, timed by the horizon the company gave in the survey.</summary>
        ClosedBusinessEmail = 3,
    }

    /// <summary>Who a follow-up goes to.</summary>
    public enum FollowUpRecipient
    {
        /// <summary>The executive in charge of the company (a task).</summary>
        Executive = 1,

        /// <summary>The company's contact (an email sent in the executive's name).</summary>
        Company = 2,
    }
}
