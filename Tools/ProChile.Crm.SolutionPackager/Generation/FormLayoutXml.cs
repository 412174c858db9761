using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>The FormXml skeleton shared by table forms and dashboards: tabs, one column, sections, rows, cells.</summary>
    internal static class FormLayoutXml
    {
        public static XElement Tab(Guid form, string id, Label label, IEnumerable<XElement> sections, bool showLabel = true) =>
            new("tab",
                new XAttribute("name", id),
                new XAttribute("id", DeterministicGuid.Braced(ComponentIds.FormPart(form, "tab/" + id))),
                new XAttribute("IsUserDefined", "0"),
                new XAttribute("locklevel", 0),
                new XAttribute("showlabel", showLabel ? "true" : "false"),
                new XAttribute("expanded", "true"),
                new XAttribute("verticallayout", "true"),
                Xml.Labels("labels", "label", label),
                new XElement("columns", new XElement("column", new XAttribute("width", "100%"), new XElement("sections", sections))));

        public static XElement Section(Guid form, string path, Label label, int columns, IEnumerable<XElement> rows) =>
            new("section",
                new XAttribute("name", path.Replace('/', '_')),
                new XAttribute("showlabel", "true"),
                new XAttribute("showbar", "false"),
                new XAttribute("id", DeterministicGuid.Braced(ComponentIds.FormPart(form, "section/" + path))),
                new XAttribute("IsUserDefined", "0"),
                new XAttribute("locklevel", 0),
                new XAttribute("columns", columns),
                new XAttribute("labelwidth", 115),
                new XAttribute("celllabelalignment", "Left"),
                new XAttribute("celllabelposition", "Left"),
                Xml.Labels("labels", "label", label),
                new XElement("rows", rows));

        public static XElement Cell(Guid form, string path, Label label, XElement control, params XAttribute[] extra) =>
            new("cell",
                new XAttribute("id", DeterministicGuid.Braced(ComponentIds.FormPart(form, "cell/" + path))),
                new XAttribute("showlabel", "true"),
                new XAttribute("locklevel", 0),
                extra,
                Xml.Labels("labels", "label", label),
                control);
    }
}
