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

        private readonly XmlSchemaSet _schemas;

        public SchemaCheck(string schemaDirectory)
        {
            var main = Path.Combine(schemaDirectory, MainSchema);
            if (!File.Exists(main))
            {
                throw new FileNotFoundException($"{main} is missing; the customization schemas (Solution/schemas/*.xsd) must sit beside the tool in schemas/.", main);
            }

            // The schema includes FormXml.xsd, Fetch.xsd... by relative path: the URL resolver finds them beside it.
            _schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            _schemas.Add(null, main);
            _schemas.Compile();
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
                    $"line {line}: {e.Message}",
                    "write only what the 9.0 customization schema allows, in its sequence order (Solution/schemas/CustomizationsSolution.xsd)."));
            });
            return problems.Take(50);
        }
    }
}
