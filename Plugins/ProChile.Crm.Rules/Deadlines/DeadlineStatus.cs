namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>Where a deadline stands at an instant (issue 3; D6 for <see cref="AtRisk"/>).</summary>
    public enum DeadlineStatus
    {
        /// <summary>Not fulfilled, and more than the D6 margin remains.</summary>
        InProgress = 0,

        /// <summary>Not fulfilled, due not passed, and less than the D6 margin remains.</summary>
        AtRisk = 1,

        /// <summary>Fulfilled by the due instant.</summary>
        Met = 2,

        /// <summary>Fulfilled late, or not fulfilled and the due instant has passed.</summary>
        Breached = 3,
    }
}
