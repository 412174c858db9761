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
                        $"the zip lacks {string.Join(", ", missing)} at its root, so import fails (0x80048060).",
                        "pack solution.xml, customizations.xml and [Content_Types].xml at the zip's root, with no top folder."),
                };
            }

            CheckContext context;
            try
            {
                context = new CheckContext(package);
            }
            catch (InvalidDataException e)
            {
                return new[] { new SolutionProblem(ProblemCodes.Layout, "zip", null, e.Message, "write well-formed XML.") };
            }

            return _checks.SelectMany(c => c.Run(context)).ToList();
        }
    }
}
