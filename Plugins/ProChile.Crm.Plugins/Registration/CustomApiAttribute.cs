using System;

namespace ProChile.Crm.Plugins.Registration
{
    /// <summary>How a Custom API is called: unbound (Global), on one row of a table (Entity), or on a set of rows.</summary>
    public enum CustomApiBinding
    {
        Global = 0,
        Entity = 1,
        EntityCollection = 2,
    }

    /// <summary>Which other steps may register on a Custom API's message (Dataverse's AllowedCustomProcessingStepType).</summary>
    public enum CustomApiStepsAllowed
    {
        None = 0,
        AsyncOnly = 1,
        SyncAndAsync = 2,
    }

    /// <summary>The type of a Custom API request parameter or response property (Dataverse's Type choice values).</summary>
    public enum CustomApiType
    {
        Boolean = 0,
        DateTime = 1,
        Decimal = 2,
        Entity = 3,
        EntityCollection = 4,
        EntityReference = 5,
        Float = 6,
        Integer = 7,
        Money = 8,
        Picklist = 9,
        String = 10,
        StringArray = 11,
        Guid = 12,
    }

    /// <summary>
    /// Declares the Custom API the plugin class it decorates implements as the main operation (stage 30): its
    /// unique name (the message name a flow or the Web API calls), Spanish and English display names and
    /// descriptions, whether it is a function (GET, no side effects) or an action, its binding and the privilege
    /// a caller needs. Its parameters are <see cref="CustomApiRequestAttribute"/> and
    /// <see cref="CustomApiResponseAttribute"/> on the same class. As with <see cref="PluginStepAttribute"/>, it is
    /// the single source: the plugin base checks executions against it, the local organization registers the
    /// message from it, and the solution's customapis/ folder is generated from it. Tools read it by name through
    /// <c>CustomAttributeData</c>, so its full name, constructor and property names are part of the build's contract.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class CustomApiAttribute : Attribute
    {
        public CustomApiAttribute(string uniqueName, string displayNameEs, string displayNameEn, string descriptionEs, string descriptionEn)
        {
            UniqueName = uniqueName;
            DisplayNameEs = displayNameEs;
            DisplayNameEn = displayNameEn;
            DescriptionEs = descriptionEs;
            DescriptionEn = descriptionEn;
        }

        /// <summary>The message name, with the publisher's prefix (e.g. pch_CalcularPlazo).</summary>
        public string UniqueName { get; }

        public string DisplayNameEs { get; }

        public string DisplayNameEn { get; }

        public string DescriptionEs { get; }

        public string DescriptionEn { get; }

        /// <summary>A function reads and returns (Web API GET); an action may change data (POST).</summary>
        public bool IsFunction { get; set; }

        public CustomApiBinding Binding { get; set; } = CustomApiBinding.Global;

        /// <summary>The bound table's logical name when <see cref="Binding"/> is not Global; its row arrives as Target.</summary>
        public string? BoundEntity { get; set; }

        /// <summary>The privilege a caller must hold to execute the message; null lets every user call it.</summary>
        public string? ExecutePrivilegeName { get; set; }

        /// <summary>Which other steps may register on the message. Default: none, our plugin is the whole operation.</summary>
        public CustomApiStepsAllowed StepsAllowed { get; set; } = CustomApiStepsAllowed.None;

        /// <summary>Whether classic workflows may call it as an action step.</summary>
        public bool EnabledForWorkflow { get; set; }
    }

    /// <summary>
    /// What a request parameter and a response property share: unique name, type, labels and descriptions in both
    /// languages, and the table for entity types. Tools read the derived attributes by name, positionally.
    /// </summary>
    public abstract class CustomApiFieldAttribute : Attribute
    {
        protected CustomApiFieldAttribute(string uniqueName, CustomApiType type, string displayNameEs, string displayNameEn, string descriptionEs, string descriptionEn)
        {
            UniqueName = uniqueName;
            Type = type;
            DisplayNameEs = displayNameEs;
            DisplayNameEn = displayNameEn;
            DescriptionEs = descriptionEs;
            DescriptionEn = descriptionEn;
        }

        public string UniqueName { get; }

        public CustomApiType Type { get; }

        public string DisplayNameEs { get; }

        public string DisplayNameEn { get; }

        public string DescriptionEs { get; }

        public string DescriptionEn { get; }

        /// <summary>For Entity, EntityCollection and EntityReference: the table.</summary>
        public string? LogicalEntityName { get; set; }
    }

    /// <summary>One request parameter of the class's <see cref="CustomApiAttribute"/>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class CustomApiRequestAttribute : CustomApiFieldAttribute
    {
        public CustomApiRequestAttribute(string uniqueName, CustomApiType type, string displayNameEs, string displayNameEn, string descriptionEs, string descriptionEn)
            : base(uniqueName, type, displayNameEs, displayNameEn, descriptionEs, descriptionEn)
        {
        }

        public bool IsOptional { get; set; }
    }

    /// <summary>One response property of the class's <see cref="CustomApiAttribute"/>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class CustomApiResponseAttribute : CustomApiFieldAttribute
    {
        public CustomApiResponseAttribute(string uniqueName, CustomApiType type, string displayNameEs, string displayNameEn, string descriptionEs, string descriptionEn)
            : base(uniqueName, type, displayNameEs, displayNameEn, descriptionEs, descriptionEn)
        {
        }
    }
}
