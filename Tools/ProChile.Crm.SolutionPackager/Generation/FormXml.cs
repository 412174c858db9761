using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// Writes a main form (&lt;systemform&gt;): its tabs and sections, the header that shows the record's state,
    /// the platform's timer control, and the display conditions that decide who lands on it. The shape follows
    /// exported main forms (microsoft/powercat-automation-kit @ e8bf4a2b, AutomationCoEMain/SolutionPackage/src/
    /// Entities/autocoe_AuditLog/FormXml/main/{6b917e61-...}.xml: header columns/labels, control ids
    /// "header_&lt;column&gt;", &lt;DisplayConditions Order FallbackForm&gt;).
    /// </summary>
    internal static class FormXml
    {
        /// <summary>
        /// The timer control's class id (Microsoft.Crm.Application.FormControlClassId.TimerControl, the same id the
        /// client scripts map to "timercontrol"). Dataverse accepts it in the body of a form only, not in the header.
        /// </summary>
        public const string TimerClassId = "{9C5CA0A1-AB4D-4781-BE7E-8DFBE867B87E}";

        public static XElement Form(TableSource table, FormSource form, SolutionSource source)
        {
            var id = ComponentIds.Form(table.Name, form.Id);
            var columns = ColumnXml.AllColumns(table);
            var tabs = form.Tabs.Select(tab => FormLayoutXml.Tab(id, tab.Id, tab.Label, tab.Sections.Select(section =>
                FormLayoutXml.Section(id, tab.Id + "/" + section.Id, section.Label, 1,
                    section.Timers.Select(timer => new XElement("row", Timer(id, tab.Id + "/" + section.Id, timer, table, source, form.File)))
                        .Concat(section.Fields.Select(field => new XElement("row", FieldCell(id, tab.Id + "/" + section.Id + "/" + field, field, columns, header: false))))))));
            return new XElement("systemform",
                new XElement("formid", DeterministicGuid.Braced(id)),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                new XElement("FormPresentation", 1),
                new XElement("FormActivationState", 1),
                new XElement("form",
                    new XElement("tabs", tabs),
                    form.HeaderFields.Count == 0 ? null : Header(id, form.HeaderFields, columns),
                    form.DisplayConditions == null ? null : DisplayConditions(form.DisplayConditions, source, form.File)),
                Xml.Flag("IsCustomizable", true),
                Xml.Flag("CanBeDeleted", true),
                Xml.Labels("LocalizedNames", "LocalizedName", form.Name),
                Xml.Labels("Descriptions", "Description", form.Description));
        }

        /// <summary>A field's cell. A field the table lacks still gets one: the column check names it, with the file.</summary>
        private static XElement FieldCell(Guid form, string path, string field, IReadOnlyDictionary<string, SystemColumn> columns, bool header)
        {
            columns.TryGetValue(field, out var column);
            return FormLayoutXml.Cell(form, path, column?.Label ?? new Label(field, field),
                new XElement("control",
                    new XAttribute("id", header ? "header_" + field : field),
                    new XAttribute("classid", ColumnXml.ControlClassId(column?.Type ?? "nvarchar")),
                    new XAttribute("datafieldname", field),
                    new XAttribute("disabled", header ? "true" : "false")));
        }

        /// <summary>The header: one row, one cell per column, labels on top (as exports write it).</summary>
        private static XElement Header(Guid form, IReadOnlyList<string> fields, IReadOnlyDictionary<string, SystemColumn> columns) =>
            new("header",
                new XAttribute("id", DeterministicGuid.Braced(ComponentIds.FormPart(form, "header"))),
                new XAttribute("celllabelposition", "Top"),
                new XAttribute("columns", new string('1', fields.Count)),
                new XAttribute("labelwidth", 115),
                new XAttribute("celllabelalignment", "Left"),
                new XElement("rows", new XElement("row", fields.Select(f => FieldCell(form, "header/" + f, f, columns, header: true)))));

        private static XElement Timer(Guid form, string sectionPath, TimerSource timer, TableSource table, SolutionSource source, string file)
        {
            var status = table.Columns.FirstOrDefault(c => c.Name == timer.Status && c.Type == ColumnType.Choice)
                ?? throw new SolutionSourceException(file, $"<Timer Id=\"{timer.Id}\"> Status=\"{timer.Status}\" is not a choice column of {table.Name}; the timer's conditions read a choice column.");
            var choice = source.OptionSets.FirstOrDefault(o => o.Name == status.OptionSet)
                ?? throw new SolutionSourceException(file, $"<Timer Id=\"{timer.Id}\"> reads {status.Name}, whose choice {status.OptionSet} is not in OptionSets/.");
            string Value(string option) =>
                choice.Options.FirstOrDefault(o => o.Name == option)?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ?? throw new SolutionSourceException(file, $"<Timer Id=\"{timer.Id}\"> names the option \"{option}\", which {choice.Name} lacks; use one of: {string.Join(", ", choice.Options.Select(o => o.Name))}.");
            return FormLayoutXml.Cell(form, sectionPath + "/timer/" + timer.Id, timer.Label,
                new XElement("control",
                    new XAttribute("id", timer.Id),
                    new XAttribute("classid", TimerClassId),
                    new XElement("parameters",
                        new XElement("FailureTimeField", timer.FailureTime),
                        new XElement("SuccessConditionName", timer.Status),
                        new XElement("SuccessConditionValue", Value(timer.Success)),
                        timer.Failure == null ? null : new XElement("FailureConditionName", timer.Status),
                        timer.Failure == null ? null : new XElement("FailureConditionValue", Value(timer.Failure)),
                        timer.Warning == null ? null : new XElement("WarningConditionName", timer.Status),
                        timer.Warning == null ? null : new XElement("WarningConditionValue", Value(timer.Warning)))),
                new XAttribute("rowspan", 1));
        }

        /// <summary>
        /// Who sees the form and where it stands in the form order. Microsoft Learn, "Assign form order": the order
        /// decides which of the forms available to a user is shown by default; "Control access to forms": the
        /// available main forms are those assigned to one of the user's roles, and a fallback form only reaches
        /// users none of whose roles has a form assigned. Exports write both attributes, FallbackForm="false" too.
        /// </summary>
        private static XElement DisplayConditions(DisplayConditionsSource conditions, SolutionSource source, string file) =>
            new("DisplayConditions",
                new XAttribute("Order", conditions.Order),
                new XAttribute("FallbackForm", conditions.Fallback ? "true" : "false"),
                conditions.Everyone
                    ? new XElement("Everyone")
                    : conditions.Roles.Select(r => new XElement("Role", new XAttribute("Id", DeterministicGuid.Braced(RoleId(r, source, file))))));

        /// <summary>A role of Roles/ by its Id, or one of Dataverse's own by its well-known name.</summary>
        public static Guid RoleId(string role, SolutionSource source, string file)
        {
            if (source.Roles.Any(r => r.Id == role))
            {
                return ComponentIds.Role(role);
            }

            if (WellKnownRoles.TryGet(role, out var id, out _))
            {
                return id;
            }

            throw new SolutionSourceException(file, $"the role \"{role}\" is neither in Roles/ ({string.Join(", ", source.Roles.Select(r => r.Id))}) nor a well-known Dataverse role ({string.Join(", ", WellKnownRoles.Names)}).");
        }
    }
}
