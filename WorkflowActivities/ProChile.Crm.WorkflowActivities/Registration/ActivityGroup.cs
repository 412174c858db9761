namespace ProChile.Crm.WorkflowActivities.Registration
{
    /// <summary>
    /// The group the classic-workflow designer lists our activities under ("Agregar paso" → ProChile). The
    /// solution packer writes it as each activity's WorkflowActivityGroupName; a test holds every activity to it.
    /// </summary>
    public static class ActivityGroup
    {
        public const string Name = "ProChile";
    }
}
