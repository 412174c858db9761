using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// Forms, views and charts name only columns their table has: form controls, the view's FetchXML
    /// (attributes, orders, conditions, linked tables) and grid cells, the chart's FetchXML.
    /// </summary>
    public sealed class ColumnReferenceCheck : ISolutionCheck
    {
        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            foreach (var entity in context.Entities)
            {
                var table = CheckContext.TableName(entity);
                foreach (var form in entity.Descendants("systemform"))
                {
                    foreach (var control in form.Descendants("control").Where(c => c.Attribute("datafieldname") != null))
                    {
                        var column = (string)control.Attribute("datafieldname")!;
                        if (!context.HasColumn(table, column))
                        {
                            yield return Missing(context, form, table, column, "the form", "the form");
                        }
                    }

                    // A timer control is bound to no column: its parameters name the due column and the choice it watches.
                    var timerColumns = form.Descendants("parameters").Elements()
                        .Where(p => p.Name.LocalName is "FailureTimeField" or "SuccessConditionName" or "FailureConditionName" or "WarningConditionName" or "CancelConditionName" or "PauseConditionName")
                        .Select(p => p.Value.Trim());
                    foreach (var column in timerColumns.Where(c => c.Length > 0 && !context.HasColumn(table, c)))
                    {
                        yield return Missing(context, form, table, column, "the form's timer control", "the form's <Timer>");
                    }
                }

                foreach (var view in entity.Descendants("savedquery"))
                {
                    foreach (var problem in Fetch(context, view, table, view.Element("fetchxml")?.Element("fetch"), "the view"))
                    {
                        yield return problem;
                    }

                    foreach (var cell in view.Descendants("cell"))
                    {
                        var column = (string?)cell.Attribute("name");
                        if (column != null && !column.Contains('.') && !context.HasColumn(table, column))
                        {
                            yield return Missing(context, view, table, column, "the view's grid", "the view");
                        }
                    }
                }

                foreach (var chart in entity.Descendants("visualization"))
                {
                    XElement? data = null;
                    string? error = null;
                    try
                    {
                        var text = (string?)chart.Element("datadescription");
                        data = string.IsNullOrWhiteSpace(text) ? null : XElement.Parse(text);
                    }
                    catch (XmlException e)
                    {
                        error = e.Message;
                    }

                    if (error != null)
                    {
                        yield return new SolutionProblem(ProblemCodes.MissingColumn, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(chart),
                            $"the chart's datadescription is not well-formed XML: {error}", "write the data description as a <datadefinition> element.");
                        continue;
                    }

                    foreach (var fetch in data?.Descendants("fetch") ?? Enumerable.Empty<XElement>())
                    {
                        foreach (var problem in Fetch(context, chart, table, fetch, "the chart"))
                        {
                            yield return problem;
                        }
                    }
                }
            }
        }

        private static IEnumerable<SolutionProblem> Fetch(CheckContext context, XElement component, string table, XElement? fetch, string what)
        {
            var entity = fetch?.Element("entity");
            if (entity == null)
            {
                yield break;
            }

            var fetchTable = (string?)entity.Attribute("name") ?? string.Empty;
            if (!string.Equals(fetchTable, table, StringComparison.OrdinalIgnoreCase))
            {
                yield return new SolutionProblem(ProblemCodes.MissingColumn, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(component),
                    $"{what} queries table \"{fetchTable}\" but belongs to table {table}.",
                    $"set <entity name=\"{table}\"> in its FetchXML, or move it to {fetchTable}.");
                yield break;
            }

            foreach (var node in entity.DescendantsAndSelf().Where(e => e.Name.LocalName is "entity" or "link-entity"))
            {
                var nodeTable = (string?)node.Attribute("name") ?? string.Empty;
                if (!context.HasTable(nodeTable))
                {
                    continue; // a linked table from outside this solution: Dataverse checks it on import
                }

                var own = node.Elements().Concat(node.Elements("filter").DescendantsAndSelf().SelectMany(f => f.Elements("condition")));
                foreach (var reference in own)
                {
                    var column = reference.Name.LocalName switch
                    {
                        "attribute" => (string?)reference.Attribute("name"),
                        "order" when reference.Attribute("alias") == null => (string?)reference.Attribute("attribute"),
                        "condition" when reference.Attribute("entityname") == null => (string?)reference.Attribute("attribute"),
                        _ => null,
                    };
                    if (column != null && !context.HasColumn(nodeTable, column))
                    {
                        yield return Missing(context, component, nodeTable, column, what + "'s FetchXML", what);
                    }
                }

                if (node.Name.LocalName == "link-entity")
                {
                    foreach (var (attribute, linkTable) in new[] { ("from", nodeTable), ("to", (string?)node.Parent?.Attribute("name") ?? string.Empty) })
                    {
                        var column = (string?)node.Attribute(attribute);
                        if (column != null && context.HasTable(linkTable) && !context.HasColumn(linkTable, column))
                        {
                            yield return Missing(context, component, linkTable, column, what + "'s link-entity", what);
                        }
                    }
                }
            }
        }

        private static SolutionProblem Missing(CheckContext context, XElement component, string table, string column, string where, string owner) =>
            new(ProblemCodes.MissingColumn, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(component),
                $"{where} names the column \"{column}\", which table {table} does not have.",
                $"add the column {column} to table {table}, or correct the name in {owner}.{StepCheck.SystemTableHint(table)}");
    }
}
