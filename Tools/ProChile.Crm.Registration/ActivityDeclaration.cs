namespace ProChile.Crm.Registration
{
    /// <summary>
    /// How one custom workflow activity appears in the classic-workflow designer, as the activity class declares
    /// it with <c>ProChile.Crm.WorkflowActivities.Registration.WorkflowActivityAttribute</c>: its Spanish name,
    /// its description (citing rule ids) and the group it is listed under.
    /// </summary>
    public sealed record ActivityDeclaration(
        string ActivityTypeFullName,
        string FriendlyName,
        string Description,
        string Group);
}
