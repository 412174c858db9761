namespace ProChile.Crm.Rules.Settings
{
    /// <summary>
    /// D6: which warning and breach actions are on. Each is an admin's switch (pch_setting), on by default: a task
    /// for the owner when a request turns at risk or overdue, a draft email to the region's mailbox (R1) when it
    /// turns overdue, and a task for the executive when a note's defence arrives or its term lapses (N3/S8). Immutable.
    /// </summary>
    public sealed class AlertSettings
    {
        public AlertSettings(bool taskAtRisk, bool taskOverdue, bool emailOverdue, bool taskDefenceFiled, bool taskDefenceLapsed)
        {
            TaskAtRisk = taskAtRisk;
            TaskOverdue = taskOverdue;
            EmailOverdue = emailOverdue;
            TaskDefenceFiled = taskDefenceFiled;
            TaskDefenceLapsed = taskDefenceLapsed;
        }

        public bool TaskAtRisk { get; }

        public bool TaskOverdue { get; }

        public bool EmailOverdue { get; }

        public bool TaskDefenceFiled { get; }

        public bool TaskDefenceLapsed { get; }
    }
}
