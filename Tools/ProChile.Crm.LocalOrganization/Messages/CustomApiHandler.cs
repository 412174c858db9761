using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Storage;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>
    /// A Custom API's message: the request is checked against its declaration (a bound API's Target must be a row
    /// of the bound table that exists; every required parameter given; no parameter it does not declare; each of
    /// its declared type), its plugin runs as the main operation (stage 30) between the steps others registered on
    /// the message, and the response carries the response properties the plugin set, each declared and of its type.
    /// Steps on the message are refused when the API does not allow them (AllowedCustomProcessingStepType), and a caller
    /// without its execute privilege is refused before any step runs ("Secure your custom API with a privilege").
    /// Sources: Microsoft Learn, "Create and use custom APIs" and "CustomAPI tables" (the plug-in is the main
    /// operation, type codes 0 Boolean ... 12 Guid, the bound Target parameter).
    /// </summary>
    internal sealed class CustomApiHandler : IMessageHandler, ICallerAuthorizedHandler
    {
        private static readonly Type?[] ClrTypes =
        {
            typeof(bool), typeof(DateTime), typeof(decimal), typeof(Entity), typeof(EntityCollection), typeof(EntityReference),
            typeof(double), typeof(int), typeof(Money), typeof(OptionSetValue), typeof(string), typeof(string[]), typeof(Guid),
        };

        private readonly OrganizationCore core;
        private readonly StepInvoker invoker;
        private readonly StepRegistry steps;
        private readonly StepRegistration mainOperation;

        public CustomApiHandler(OrganizationCore core, StepInvoker invoker, StepRegistry steps, CustomApiDeclaration api, Type pluginType, Guid id)
        {
            this.core = core;
            this.invoker = invoker;
            this.steps = steps;
            Api = api;
            mainOperation = new StepRegistration(
                new StepDeclaration(pluginType.FullName!, api.UniqueName, api.PrimaryEntity, PipelineStages.MainOperation, PipelineStages.Synchronous, 1,
                    Array.Empty<string>(), null, null, api.Description.Spanish, false),
                pluginType, id, 0);
        }

        public CustomApiDeclaration Api { get; }

        public string MessageName => Api.UniqueName;

        public PrimaryRecord Describe(ParameterCollection input)
        {
            CheckRegisteredSteps();
            var primary = new PrimaryRecord(Api.PrimaryEntity, Guid.Empty);
            if (Api.BindingType == CustomApiDeclaration.BoundToEntity)
            {
                var target = RequestParameters.Required<EntityReference>(input, CustomApiDeclaration.TargetParameter, MessageName);
                if (!string.Equals(target.LogicalName, Api.BoundEntityLogicalName, StringComparison.Ordinal))
                {
                    throw DataverseErrors.InvalidArgument($"The Target of message {MessageName} must be a {Api.BoundEntityLogicalName}, not a {target.LogicalName}.");
                }

                if (core.Store.Find(target.LogicalName, target.Id) == null)
                {
                    throw DataverseErrors.RecordNotFound(target.LogicalName, target.Id);
                }

                primary = new PrimaryRecord(target.LogicalName, target.Id);
            }

            foreach (var name in input.Keys.Where(k => Api.Request(k) == null && !(k == CustomApiDeclaration.TargetParameter && Api.BindingType != CustomApiDeclaration.Global)))
            {
                throw DataverseErrors.InvalidArgument(
                    $"Message {MessageName} has no request parameter '{name}'; its parameters are: {string.Join(", ", Api.RequestParameters.Select(p => p.UniqueName))}.");
            }

            foreach (var parameter in Api.RequestParameters)
            {
                var given = input.TryGetValue(parameter.UniqueName, out var value) ? value : null;
                if (given == null)
                {
                    if (!parameter.IsOptional)
                    {
                        throw DataverseErrors.InvalidArgument($"Required field '{parameter.UniqueName}' is missing for message {MessageName}.");
                    }

                    continue;
                }

                CheckType(parameter, given, "request parameter");
            }

            return primary;
        }

        public void Authorize(CallerContext caller)
        {
            if (Api.ExecutePrivilegeName != null && core.Security.IsChecked(caller))
            {
                core.Security.RequireNamedPrivilege(caller.UserId, Api.ExecutePrivilegeName);
            }
        }

        public void Execute(OperationExecution operation) =>
            invoker.Invoke(mainOperation, operation, PipelineStages.MainOperation, PipelineStages.Synchronous, Guid.Empty);

        public OrganizationResponse Respond(ParameterCollection output)
        {
            var response = new OrganizationResponse { ResponseName = MessageName };
            foreach (var pair in output)
            {
                var property = Api.ResponseProperties.FirstOrDefault(p => p.UniqueName == pair.Key) ?? throw DataverseErrors.InvalidArgument(
                    $"The plug-in of message {MessageName} set the output parameter '{pair.Key}', which is not one of its response properties ({string.Join(", ", Api.ResponseProperties.Select(p => p.UniqueName))}).");
                if (pair.Value != null)
                {
                    CheckType(property, pair.Value, "response property");
                }

                response.Results[pair.Key] = AttributeValues.Clone(pair.Value);
            }

            return response;
        }

        private void CheckType(CustomApiParameterDeclaration parameter, object value, string kind)
        {
            var expected = parameter.Type >= 0 && parameter.Type < ClrTypes.Length ? ClrTypes[parameter.Type] : null;
            if (expected == null || !expected.IsInstanceOfType(value))
            {
                throw DataverseErrors.InvalidArgument(
                    $"The {kind} '{parameter.UniqueName}' of message {MessageName} is {CustomApiDeclaration.TypeName(parameter.Type)}; a {value.GetType().Name} was given.");
            }

            if (value is EntityReference reference && parameter.LogicalEntityName != null && reference.LogicalName != parameter.LogicalEntityName)
            {
                throw DataverseErrors.InvalidArgument(
                    $"The {kind} '{parameter.UniqueName}' of message {MessageName} must reference a {parameter.LogicalEntityName}, not a {reference.LogicalName}.");
            }
        }

        // AllowedCustomProcessingStepType: 0 no other steps, 1 asynchronous ones only, 2 any.
        private void CheckRegisteredSteps()
        {
            var others = new List<StepRegistration>();
            foreach (var stage in new[] { PipelineStages.PreValidation, PipelineStages.PreOperation, PipelineStages.PostOperation })
            {
                others.AddRange(steps.For(MessageName, Api.PrimaryEntity, stage, PipelineStages.Synchronous).Select(s => s)
                    .Where(_ => Api.AllowedCustomProcessingStepType < 2));
                others.AddRange(steps.For(MessageName, Api.PrimaryEntity, stage, PipelineStages.Asynchronous)
                    .Where(_ => Api.AllowedCustomProcessingStepType < 1));
            }

            if (others.Count > 0)
            {
                throw DataverseErrors.InvalidArgument(
                    $"Custom API {MessageName} allows {(Api.AllowedCustomProcessingStepType == 0 ? "no custom processing steps" : "asynchronous custom processing steps only")}, " +
                    $"but these are registered on it: {string.Join("; ", others.Select(s => s.Declaration.Name))}.");
            }
        }
    }
}
