using System.Linq;
using System.Xml.Linq;

namespace ProChile.Crm.SolutionPackager.Source
{
    /// <summary>Reads App/App.xml: &lt;App&gt; with &lt;RoleMap&gt; and &lt;Area&gt;/&lt;Group&gt;/&lt;Table|Dashboard&gt;.</summary>
    internal static class AppSourceReader
    {
        public static AppSource Read(string file)
        {
            var root = SolutionSourceReader.Load(file, "App");
            var roles = root.Element("RoleMap")?.Elements("Role").Select(r => SolutionSourceReader.Required(r, "Id", file)).ToList()
                ?? throw new SolutionSourceException(file, "needs a <RoleMap> with a <Role Id=\"...\" /> per role whose users open the app.");
            var areas = root.Elements("Area").Select(area => new AreaSource(
                SolutionSourceReader.Required(area, "Id", file),
                SolutionSourceReader.Labels(area, file),
                area.Elements("Group").Select(group => new GroupSource(
                    SolutionSourceReader.Required(group, "Id", file),
                    SolutionSourceReader.Labels(group, file),
                    group.Elements().Select(entry => ReadSubArea(entry, file)).ToList())).ToList())).ToList();
            if (areas.Count == 0)
            {
                throw new SolutionSourceException(file, "an app needs at least one <Area> with a <Group>.");
            }

            return new AppSource(SolutionSourceReader.Required(root, "UniqueName", file), SolutionSourceReader.Labels(root, file),
                SolutionSourceReader.Description(root), roles, areas, file);
        }

        private static SubAreaSource ReadSubArea(XElement entry, string file) => entry.Name.LocalName switch
        {
            "Table" => new SubAreaSource(SubAreaKind.Table, SolutionSourceReader.Required(entry, "Name", file), SolutionSourceReader.Labels(entry, file)),
            "Dashboard" => new SubAreaSource(SubAreaKind.Dashboard, SolutionSourceReader.Required(entry, "Id", file), SolutionSourceReader.Labels(entry, file)),
            _ => throw new SolutionSourceException(file, $"<{entry.Name.LocalName}> is not a site map entry; use <Table Name=\"...\"> or <Dashboard Id=\"...\">."),
        };
    }
}
