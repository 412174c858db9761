using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>Reads a request's required parameters, failing as Dataverse does when one is missing or of the wrong type.</summary>
    internal static class RequestParameters
    {
        public static T Required<T>(ParameterCollection parameters, string name, string messageName)
            where T : class
        {
            if (!parameters.TryGetValue(name, out var value) || value == null)
            {
                throw DataverseErrors.InvalidArgument($"Required field '{name}' is missing for message {messageName}.");
            }

            return value as T ?? throw DataverseErrors.InvalidArgument(
                $"Parameter '{name}' of message {messageName} must be {typeof(T).Name}, not {value.GetType().Name}.");
        }
    }
}
