using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// Every main form says who lands on it (&lt;DisplayConditions&gt;): without them a form on a system table
    /// comes after the stock form, so executives never see it unless they switch forms. Roles named there exist.
    /// </summary>
    public sealed class FormDisplayCheck : ISolutionCheck
    {
        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            var roles = new HashSet<string>(context.Top("Roles").Select(r => CheckContext.Id(r.Attribute("id")) ?? string.Empty));
            foreach (var entity in context.Entities)
            {
                var table = CheckContext.TableName(entity);
                foreach (var form in entity.Elements("FormXml").Elements("forms").Where(f => (string?)f.Attribute("type") == "main").Elements("systemform"))
                {
                    var conditions = form.Element("form")?.Element("DisplayConditions");
                    if (conditions == null)
                    {
                        yield return new SolutionProblem(ProblemCodes.FormDisplay, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(form),
                            $"the main form of table {table} has no display conditions, so Dataverse orders it after the forms that have them and users may never land on it.",
                            "add <DisplayConditions Order=\"0\" Fallback=\"true\"><Everyone /></DisplayConditions> to the form's source, or <Role Id=\"...\" /> for the roles that land on it.");
                        continue;
                    }

                    foreach (var role in conditions.Elements("Role"))
                    {
                        var id = CheckContext.Id(role.Attribute("Id"));
                        if (id == null || (!roles.Contains(id) && WellKnownRoles.NameOf(System.Guid.Parse(id)) == null))
                        {
                            yield return new SolutionProblem(ProblemCodes.FormDisplay, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(form),
                                $"its display conditions name the role {(string?)role.Attribute("Id")}, which neither the solution nor Dataverse has.",
                                "name a role of Roles/ (its Id) or a well-known Dataverse role (system-administrator).");
                        }
                    }
                }
            }
        }
    }
}
