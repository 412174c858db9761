using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.Registration;
using ProChile.Crm.SolutionPackager.Assemblies;
using ProChile.Crm.SolutionPackager.Packaging;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// The Custom APIs the plugin assemblies declare, as Dataverse packs them (Microsoft Learn, "Create a custom API with
    /// solution files"): customapis/&lt;uniquename&gt;/customapi.xml, with customapirequestparameters/&lt;name&gt;/
    /// customapirequestparameter.xml and customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml beside it,
    /// elements in the documented order, labels in Spanish (the base language, also the default) and English, the plugin
    /// type referenced by its PluginTypeId (&lt;plugintypeid&gt;&lt;plugintypeid&gt;...). No RootComponent is written for
    /// them: a Custom API's component type is the customapi table's type code, which differs per environment, and an
    /// invented one fails the import (Solution/README.md, "Custom APIs").
    /// </summary>
    public static class CustomApiXml
    {
        public const string Folder = "customapis";
        public const string ApiFile = "customapi.xml";
        public const string RequestFolder = "customapirequestparameters";
        public const string RequestFile = "customapirequestparameter.xml";
        public const string ResponseFolder = "customapiresponseproperties";
        public const string ResponseFile = "customapiresponseproperty.xml";

        /// <summary>Every zip part of every Custom API the assemblies declare, keyed by part name.</summary>
        public static IReadOnlyDictionary<string, byte[]> Parts(IEnumerable<ShippedAssembly> assemblies)
        {
            var parts = new SortedDictionary<string, byte[]>(System.StringComparer.Ordinal);
            foreach (var api in assemblies.SelectMany(a => a.CustomApis))
            {
                var root = $"{Folder}/{api.UniqueName}/";
                parts[root + ApiFile] = SolutionPackage.Serialize(new XDocument(Api(api)));
                foreach (var parameter in api.RequestParameters)
                {
                    parts[$"{root}{RequestFolder}/{parameter.UniqueName}/{RequestFile}"] = SolutionPackage.Serialize(new XDocument(Parameter(api, parameter, request: true)));
                }
                foreach (var property in api.ResponseProperties)
                {
                    parts[$"{root}{ResponseFolder}/{property.UniqueName}/{ResponseFile}"] = SolutionPackage.Serialize(new XDocument(Parameter(api, property, request: false)));
                }
            }
            return parts;
        }

        public static XElement Api(CustomApiDeclaration api) =>
            new("customapi",
                new XAttribute("uniquename", api.UniqueName),
                new XElement("allowedcustomprocessingsteptype", Xml.Number(api.AllowedCustomProcessingStepType)),
                new XElement("bindingtype", Xml.Number(api.BindingType)),
                Optional("boundentitylogicalname", api.BoundEntityLogicalName),
                Localized("description", api.Description),
                Localized("displayname", api.DisplayName),
                Optional("executeprivilegename", api.ExecutePrivilegeName),
                Xml.Flag("iscustomizable", false),
                Xml.Flag("isfunction", api.IsFunction),
                Xml.Flag("isprivate", false),
                new XElement("name", api.UniqueName),
                new XElement("plugintypeid", new XElement("plugintypeid", ComponentIds.PluginType(api.PluginTypeFullName).ToString("D"))),
                Xml.Flag("workflowsdkstepenabled", api.EnabledForWorkflow));

        public static XElement Parameter(CustomApiDeclaration api, CustomApiParameterDeclaration parameter, bool request) =>
            new(request ? "customapirequestparameter" : "customapiresponseproperty",
                new XAttribute("uniquename", parameter.UniqueName),
                Localized("description", parameter.Description),
                Localized("displayname", parameter.DisplayName),
                Xml.Flag("iscustomizable", false),
                // isoptional exists only on request parameters: on a response property it fails the import.
                request ? Xml.Flag("isoptional", parameter.IsOptional) : null,
                Optional("logicalentityname", parameter.LogicalEntityName),
                new XElement("name", api.UniqueName + "." + parameter.UniqueName),
                new XElement("type", Xml.Number(parameter.Type)));

        // An unset value is an empty element, <boundentitylogicalname />, as in Microsoft's examples.
        private static XElement Optional(string name, string? value) => string.IsNullOrEmpty(value) ? new XElement(name) : new XElement(name, value);

        private static XElement Localized(string name, BilingualText text) =>
            new(name,
                new XAttribute("default", text.Spanish),
                new XElement("label", new XAttribute("description", text.Spanish), new XAttribute("languagecode", Label.SpanishCode)),
                new XElement("label", new XAttribute("description", text.English), new XAttribute("languagecode", Label.EnglishCode)));
    }
}
