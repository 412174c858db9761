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
                            $"el formulario principal de la tabla «{table}» no tiene condiciones de visualización, así que Dataverse lo ordena tras los que sí las tienen y puede que nadie llegue a él.",
                            "agregue <DisplayConditions Order=\"0\" Fallback=\"true\"><Everyone /></DisplayConditions> a la fuente del formulario, o <Role Id=\"...\" /> por cada rol que llega a él.");
                        continue;
                    }

                    foreach (var role in conditions.Elements("Role"))
                    {
                        var id = CheckContext.Id(role.Attribute("Id"));
                        if (id == null || (!roles.Contains(id) && WellKnownRoles.NameOf(System.Guid.Parse(id)) == null))
                        {
                            yield return new SolutionProblem(ProblemCodes.FormDisplay, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(form),
                                $"sus condiciones de visualización nombran el rol «{(string?)role.Attribute("Id")}», que no existe ni en la solución ni en Dataverse.",
                                "nombre un rol de Roles/ (su Id) o un rol conocido de Dataverse (system-administrator).");
                        }
                    }
                }
            }
        }
    }
}
