using System.Collections.Generic;

namespace ProChile.Crm.SolutionPackager.Source
{
    /// <summary>
    /// The model-driven app (Solution/src/App/App.xml): its unique name (also its site map's), the roles whose
    /// users may open it (Ids in Roles/, or a well-known Dataverse role), and its site map. Its components are
    /// not listed: the packer gives it every table, form, view, chart and dashboard of the solution.
    /// </summary>
    public sealed record AppSource(string UniqueName, Label Name, Label Description, IReadOnlyList<string> RoleMap, IReadOnlyList<AreaSource> Areas, string File);

    /// <summary>A site map area: what the area switcher shows (Cartera, Plazos, ...).</summary>
    public sealed record AreaSource(string Id, Label Title, IReadOnlyList<GroupSource> Groups);

    public sealed record GroupSource(string Id, Label Title, IReadOnlyList<SubAreaSource> SubAreas);

    public enum SubAreaKind
    {
        Table,
        Dashboard,
    }

    /// <summary>A navigation entry: a table's grid (Target = its logical name) or a dashboard (Target = its Id in Dashboards/).</summary>
    public sealed record SubAreaSource(SubAreaKind Kind, string Target, Label Title);
}
