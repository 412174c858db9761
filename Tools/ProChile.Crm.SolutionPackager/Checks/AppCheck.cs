using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// The solution ships a model-driven app that executives can open and find everything in: every table is
    /// one of its components and reachable from its site map, every form, view, chart and dashboard is one of
    /// its components, and every role of the solution is in its role map (Basic User opens only apps whose role
    /// map holds one of the user's roles). The site map lands on a dashboard and names only what exists.
    /// </summary>
    public sealed class AppCheck : ISolutionCheck
    {
        private const string AppFile = "Solution/src/App/App.xml";

        public static ComponentRef AppRef(string uniqueName) => new("app", uniqueName, "aplicación " + uniqueName);

        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            var apps = context.Top("AppModules").ToList();
            if (apps.Count == 0)
            {
                yield return Problem(null, "la solución no tiene aplicación basada en modelo, así que sus usuarios no tienen cuál abrir.",
                    $"agregue {AppFile} (un <App> con su <RoleMap> y las <Area> del mapa del sitio).");
                yield break;
            }

            foreach (var app in apps)
            {
                foreach (var problem in Check(context, app))
                {
                    yield return problem;
                }
            }
        }

        private static IEnumerable<SolutionProblem> Check(CheckContext context, XElement app)
        {
            var name = (string?)app.Element("UniqueName") ?? string.Empty;
            var component = AppRef(name);
            var components = app.Element("AppModuleComponents")?.Elements("AppModuleComponent").ToList() ?? new List<XElement>();
            var byName = new HashSet<(int, string)>(components.Select(c => ((int?)c.Attribute("type") ?? 0, ((string?)c.Attribute("schemaName") ?? string.Empty).ToLowerInvariant())));
            var byId = new HashSet<(int, string)>(components.Select(c => ((int?)c.Attribute("type") ?? 0, CheckContext.Id(c.Attribute("id")) ?? string.Empty)));
            var siteMapName = components.Where(c => (int?)c.Attribute("type") == ComponentType.SiteMap).Select(c => (string?)c.Attribute("schemaName")).FirstOrDefault();
            var siteMap = context.Top("AppModuleSiteMaps").FirstOrDefault(s => string.Equals((string?)s.Element("SiteMapUniqueName"), siteMapName, StringComparison.OrdinalIgnoreCase));
            if (siteMap == null)
            {
                yield return Problem(component, $"no tiene mapa del sitio (ningún AppModuleSiteMap se llama «{siteMapName}»), así que no muestra navegación.",
                    $"dé a la aplicación <Area> con <Group> en {AppFile}.");
                yield break;
            }

            var subAreas = siteMap.Descendants("SubArea").ToList();
            var reachable = new HashSet<string>(subAreas.Select(s => ((string?)s.Attribute("Entity") ?? string.Empty).ToLowerInvariant()), StringComparer.Ordinal);
            foreach (var table in context.Entities.Select(CheckContext.TableName))
            {
                if (!byName.Contains((ComponentType.Entity, table)))
                {
                    yield return Problem(component, $"no lista la tabla «{table}» entre sus componentes, así que la aplicación no puede mostrarla.",
                        $"agregue <AppModuleComponent type=\"1\" schemaName=\"{table}\" /> (el empaquetador lista todas las tablas de Solution/src).");
                }

                if (!reachable.Contains(table))
                {
                    yield return Problem(component, $"no tiene entrada del mapa del sitio para la tabla «{table}», así que los ejecutivos no llegan a ella.",
                        $"agregue <Table Name=\"{table}\" es=\"...\" en=\"...\" /> a un <Group> de {AppFile}.");
                }
            }

            foreach (var (type, elements) in new[]
            {
                (ComponentType.SystemForm, context.Entities.SelectMany(e => e.Descendants("systemform")).Select(f => f.Element("formid"))),
                (ComponentType.SavedQuery, context.Entities.SelectMany(e => e.Descendants("savedquery")).Select(q => q.Element("savedqueryid"))),
                (ComponentType.SavedQueryVisualization, context.Entities.SelectMany(e => e.Descendants("visualization")).Select(v => v.Element("savedqueryvisualizationid"))),
                (ComponentType.SystemForm, context.Top("Dashboards").Select(d => d.Element("FormId"))),
            })
            {
                foreach (var element in elements.Where(e => e != null))
                {
                    var id = CheckContext.Id(element);
                    if (id != null && !byId.Contains((type, id)))
                    {
                        yield return Problem(component, $"no lista {ComponentLocator.Enclosing(element!)} entre sus componentes, así que la aplicación no lo ofrece.",
                            $"agregue <AppModuleComponent type=\"{type}\" id=\"{{{id}}}\" /> (el empaquetador lista todos los componentes de Solution/src).");
                    }
                }
            }

            var roleMap = new HashSet<string>(app.Element("AppModuleRoleMaps")?.Elements("Role").Select(r => CheckContext.Id(r.Attribute("id")) ?? string.Empty) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
            var solutionRoles = context.Top("Roles").ToList();
            foreach (var role in solutionRoles)
            {
                var id = CheckContext.Id(role.Attribute("id"));
                if (id != null && !roleMap.Contains(id))
                {
                    yield return Problem(component, $"no asigna el rol «{(string?)role.Attribute("name")}» {{{id}}}, así que sus usuarios (con Basic User) no pueden abrir la aplicación.",
                        $"agregue <Role Id=\"...\" /> con el Id del rol en Roles/ al <RoleMap> de {AppFile}.");
                }
            }

            var known = new HashSet<string>(solutionRoles.Select(r => CheckContext.Id(r.Attribute("id")) ?? string.Empty), StringComparer.Ordinal);
            foreach (var id in roleMap.Where(id => !known.Contains(id) && !(Guid.TryParse(id, out var guid) && WellKnownRoles.NameOf(guid) != null)))
            {
                yield return Problem(component, $"asigna el rol «{{{id}}}», que no existe ni en la solución ni en Dataverse.",
                    $"liste en el <RoleMap> de {AppFile} roles de Roles/ (su Id) o un rol conocido de Dataverse (system-administrator).");
            }

            foreach (var problem in SiteMapEntries(context, component, subAreas))
            {
                yield return problem;
            }
        }

        /// <summary>Site map entries name tables and dashboards that exist; the first one, where the app lands, is a dashboard.</summary>
        private static IEnumerable<SolutionProblem> SiteMapEntries(CheckContext context, ComponentRef component, IReadOnlyList<XElement> subAreas)
        {
            var dashboards = new HashSet<string>(context.Top("Dashboards").Select(d => CheckContext.Id(d.Element("FormId")) ?? string.Empty), StringComparer.Ordinal);
            foreach (var sub in subAreas)
            {
                var table = (string?)sub.Attribute("Entity");
                if (table != null && !context.HasTable(table))
                {
                    yield return Problem(component, $"tiene una entrada del mapa del sitio para la tabla «{table}», que no existe ni en la solución ni entre las tablas de sistema de Dataverse.",
                        $"corrija el <Table Name=...> en {AppFile}.");
                }

                var dashboard = DashboardOf(sub);
                if (dashboard != null && !dashboards.Contains(dashboard))
                {
                    yield return Problem(component, $"tiene una entrada del mapa del sitio para el panel «{{{dashboard}}}», que la solución no tiene.",
                        $"nombre en {AppFile} un panel de Dashboards/ (su Id).");
                }
            }

            if (subAreas.Count > 0 && DashboardOf(subAreas[0]) == null)
            {
                yield return Problem(component, "abre en su primera entrada del mapa del sitio, que no es un panel.",
                    $"ponga <Dashboard Id=\"...\" /> primero en el primer <Group> de {AppFile}.");
            }
        }

        private static string? DashboardOf(XElement subArea)
        {
            var url = (string?)subArea.Attribute("Url") ?? string.Empty;
            const string Marker = "pagetype=dashboard&id=";
            var at = url.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
            return at < 0 ? null : CheckContext.Id(new XAttribute("id", url.Substring(at + Marker.Length)));
        }

        private static SolutionProblem Problem(ComponentRef? component, string message, string fix) =>
            new(ProblemCodes.App, SolutionPackage.CustomizationsPart, component, message, fix);
    }
}
