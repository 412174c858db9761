namespace ProChile.Crm.WorkflowActivities
{
    internal static class AssemblyMarker { }
}
