using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// customizations.xml against Microsoft's customization schema 9.0.0.2090 (import error 0x8004801A when
    /// it fails). Each error names the line and the component it sits in.
    /// </summary>
    public sealed class SchemaCheck : ISolutionCheck
    {
        public const string MainSchema = "CustomizationsSolution.xsd";
        public const string ChartDataSchema = "VisualizationDataDescription.xsd";

        private readonly XmlSchemaSet _schemas;
        private readonly XmlSchemaSet _chartData;

        public SchemaCheck(string schemaDirectory)
        {
            var main = Path.Combine(schemaDirectory, MainSchema);
            if (!File.Exists(main))
            {
                throw new FileNotFoundException($"falta {main}; los esquemas de personalización (Solution/schemas/*.xsd) deben estar junto a la herramienta, en schemas/.", main);
            }

            // The schema includes FormXml.xsd, Fetch.xsd... by relative path: the URL resolver finds them beside it.
            _schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            _schemas.Add(null, main);
            _schemas.Compile();
            _chartData = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            _chartData.Add(null, Path.Combine(schemaDirectory, ChartDataSchema));
            _chartData.Compile();
        }

        public static string DefaultSchemaDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            // Validate what ships, parsed with line numbers, so a message can point into the file.
            var document = SolutionPackage.ParseXml(SolutionPackage.CustomizationsPart, context.Package.Parts[SolutionPackage.CustomizationsPart]);
            var problems = new List<SolutionProblem>();
            document.Validate(_schemas, (sender, e) =>
            {
                var element = sender as XElement ?? (sender as XAttribute)?.Parent;
                var line = e.Exception?.LineNumber > 0 ? e.Exception.LineNumber : (element as IXmlLineInfo)?.LineNumber ?? 0;
                problems.Add(new SolutionProblem(
                    ProblemCodes.Schema,
                    SolutionPackage.CustomizationsPart,
                    element == null ? null : ComponentLocator.Enclosing(element),
                    $"línea {line}: {e.Message}",
                    "escriba solo lo que el esquema de personalización 9.0 admite, en el orden de su secuencia (Solution/schemas/CustomizationsSolution.xsd)."));
            });
            problems.AddRange(ChartDataDescriptions(document));
            return problems.Take(50);
        }

        /// <summary>A chart's data description is XML kept as text; it has a schema of its own.</summary>
        private IEnumerable<SolutionProblem> ChartDataDescriptions(XDocument document)
        {
            var problems = new List<SolutionProblem>();
            foreach (var chart in document.Descendants("visualization"))
            {
                var text = (string?)chart.Element("datadescription");
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                XDocument data;
                try
                {
                    data = XDocument.Parse(text);
                }
                catch (XmlException)
                {
                    continue; // the column check names malformed data descriptions
                }

                data.Validate(_chartData, (_, e) => problems.Add(new SolutionProblem(
                    ProblemCodes.Schema,
                    SolutionPackage.CustomizationsPart,
                    ComponentLocator.Enclosing(chart),
                    $"la descripción de datos del gráfico: {e.Message}",
                    "escriba <datadefinition><fetchcollection><fetch>...</fetch></fetchcollection><categorycollection><category><measurecollection><measure alias=\"...\" /> (Solution/schemas/VisualizationDataDescription.xsd).")));
            }

            return problems;
        }
    }
}
