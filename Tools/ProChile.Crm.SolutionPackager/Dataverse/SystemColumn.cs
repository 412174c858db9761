using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Dataverse
{
    /// <summary>A column Dataverse itself defines; <see cref="Type"/> is the customization schema's CrmDataType.</summary>
    public sealed record SystemColumn(string Name, string Type, Label Label);
}
