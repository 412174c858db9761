using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// Every choice value lies in the publisher's range: option value prefix × 10 000 plus 0..9 999, the
    /// prefix itself 10 000..99 999. Yes/no, state and status values are Dataverse's own and exempt.
    /// </summary>
    public sealed class OptionValueCheck : ISolutionCheck
    {
        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            if (context.OptionValuePrefix is not { } optionPrefix || optionPrefix < 10000 || optionPrefix > 99999)
            {
                yield return new SolutionProblem(ProblemCodes.OptionValue, SolutionPackage.SolutionPart, null,
                    "el CustomizationOptionValuePrefix del editor falta o está fuera de 10000..99999.",
                    "fije un prefijo de valores de opción para el editor, entre 10000 y 99999 (el nuestro: 16870).");
                yield break;
            }

            var first = optionPrefix * 10000L;
            var last = first + 9999;
            var picklists = context.Customizations.Descendants("optionset")
                .Where(o => ((string?)o.Element("OptionSetType") ?? "picklist") == "picklist");
            foreach (var optionSet in picklists)
            {
                foreach (var option in optionSet.Element("options")?.Elements("option") ?? Enumerable.Empty<System.Xml.Linq.XElement>())
                {
                    var value = (long?)option.Attribute("value") ?? long.MinValue;
                    if (value < first || value > last)
                    {
                        yield return new SolutionProblem(ProblemCodes.OptionValue, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(optionSet),
                            $"la opción global {(string?)optionSet.Attribute("Name")} tiene el valor «{value}», fuera del rango del editor {first}..{last}.",
                            $"renumérelo dentro de {first}..{last} (prefijo de valores de opción {optionPrefix}), y también el enum de C# que lo lleva.");
                    }
                }
            }
        }
    }
}
