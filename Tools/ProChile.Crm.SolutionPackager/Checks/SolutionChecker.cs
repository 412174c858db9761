using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// Runs every check on a solution package: the build runs it on what it packed, `prochile solution check`
    /// on any zip, so both judge by the same rules.
    /// </summary>
    public sealed class SolutionChecker
    {
        private readonly IReadOnlyList<ISolutionCheck> _checks;

        public SolutionChecker(string schemaDirectory)
        {
            _checks = new ISolutionCheck[]
            {
                new SchemaCheck(schemaDirectory),
                new RootComponentCheck(),
                new PrefixCheck(),
                new OptionValueCheck(),
                new StepCheck(),
                new ColumnReferenceCheck(),
                new ComponentReferenceCheck(),
                new AppCheck(),
                new SystemColumnCheck(),
                new FormDisplayCheck(),
                new CustomApiCheck(),
            };
        }

        public SolutionChecker()
            : this(SchemaCheck.DefaultSchemaDirectory)
        {
        }

        public IReadOnlyList<SolutionProblem> Check(SolutionPackage package)
        {
            var missing = new[] { SolutionPackage.SolutionPart, SolutionPackage.CustomizationsPart, SolutionPackage.ContentTypesPart }
                .Where(p => !package.Has(p))
                .ToList();
            if (missing.Count > 0)
            {
                return new[]
                {
                    new SolutionProblem(ProblemCodes.Layout, string.Join(", ", missing), null,
                        $"al zip le falta {string.Join(", ", missing)} en su raíz, así que la importación falla (0x80048060).",
                        "empaquete solution.xml, customizations.xml y [Content_Types].xml en la raíz del zip, sin carpeta superior."),
                };
            }

            CheckContext context;
            try
            {
                context = new CheckContext(package);
            }
            catch (InvalidDataException e)
            {
                return new[] { new SolutionProblem(ProblemCodes.Layout, "zip", null, e.Message, "escriba XML bien formado.") };
            }

            return _checks.SelectMany(c => c.Run(context)).ToList();
        }
    }
}
