using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Registration
{
    /// <summary>A text in the solution's two languages: Spanish (what users read) and English.</summary>
    public sealed record BilingualText(string Spanish, string English);

    /// <summary>
    /// A request parameter or response property of a Custom API. <see cref="Type"/> is Dataverse's Type choice
    /// (0 Boolean ... 12 Guid); <see cref="IsOptional"/> is always false for a response property.
    /// </summary>
    public sealed record CustomApiParameterDeclaration(
        string UniqueName,
        int Type,
        BilingualText DisplayName,
        BilingualText Description,
        bool IsOptional,
        string? LogicalEntityName);

    /// <summary>
    /// One Custom API as its plugin class declares it with <c>ProChile.Crm.Plugins.Registration.CustomApiAttribute</c>
    /// and its request and response attributes. <see cref="BindingType"/> and <see cref="AllowedCustomProcessingStepType"/>
    /// are Dataverse's choice values (0 Global, 1 Entity, 2 EntityCollection; 0 None, 1 Async only, 2 Sync and async).
    /// </summary>
    public sealed record CustomApiDeclaration(
        string PluginTypeFullName,
        string UniqueName,
        BilingualText DisplayName,
        BilingualText Description,
        bool IsFunction,
        int BindingType,
        string? BoundEntityLogicalName,
        string? ExecutePrivilegeName,
        int AllowedCustomProcessingStepType,
        bool EnabledForWorkflow,
        IReadOnlyList<CustomApiParameterDeclaration> RequestParameters,
        IReadOnlyList<CustomApiParameterDeclaration> ResponseProperties)
    {
        public const int Global = 0;
        public const int BoundToEntity = 1;

        /// <summary>The name of the parameter Dataverse adds to a bound API: the row it runs on.</summary>
        public const string TargetParameter = "Target";

        /// <summary>Dataverse's parameter type names, by Type value (customapirequestparameter.type).</summary>
        public static readonly IReadOnlyList<string> TypeNames = new[]
        {
            "Boolean", "DateTime", "Decimal", "Entity", "EntityCollection", "EntityReference", "Float", "Integer", "Money", "Picklist",
            "String", "StringArray", "Guid",
        };

        /// <summary>The table the API runs on, or "none" for an unbound API (the message's primary entity).</summary>
        public string PrimaryEntity => BindingType == Global ? "none" : BoundEntityLogicalName ?? "none";

        public static string TypeName(int type) => type >= 0 && type < TypeNames.Count ? TypeNames[type] : "tipo " + type;

        public CustomApiParameterDeclaration? Request(string name) => RequestParameters.FirstOrDefault(p => p.UniqueName == name);
    }
}
