using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.LocalOrganization.Accounting
{
    /// <summary>The table a request is about, for the call log: its Target's, or its query's main table.</summary>
    internal static class RequestTarget
    {
        public static string? EntityOf(OrganizationRequest request)
        {
            var parameters = request.Parameters;
            object? target = parameters.Contains("Target") ? parameters["Target"] : null;
            object? query = parameters.Contains("Query") ? parameters["Query"] : null;
            return (target ?? query) switch
            {
                Entity entity => entity.LogicalName,
                EntityReference reference => reference.LogicalName,
                QueryExpression expression => expression.EntityName,
                QueryByAttribute byAttribute => byAttribute.EntityName,
                FetchExpression fetch => FetchEntity(fetch.Query),
                _ => null,
            };
        }

        private static string? FetchEntity(string? fetchXml)
        {
            try
            {
                return (string?)XElement.Parse(fetchXml ?? string.Empty).Element("entity")?.Attribute("name");
            }
            catch (XmlException)
            {
                return null;
            }
        }
    }
}
