using System;

namespace ProChile.Crm.WorkflowActivities.Registration
{
    /// <summary>
    /// Declares how a custom workflow activity appears in the designer: its Spanish name, the rule ids it
    /// implements (in <see cref="Description"/>) and its group. The single source of that registration: tools
    /// read it by full name through <c>CustomAttributeData</c> (also from the net462 assembly), so its full name
    /// and property names are part of the build's contract, as with the plugins' <c>PluginStepAttribute</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class WorkflowActivityAttribute : Attribute
    {
        public WorkflowActivityAttribute(string friendlyName, string description)
        {
            FriendlyName = friendlyName;
            Description = description;
        }

        /// <summary>The Spanish name shown in the designer, e.g. "Sumar días hábiles".</summary>
        public string FriendlyName { get; }

        /// <summary>What the activity does, in Spanish, citing the protocol's rule ids (e.g. "D1, D4, D5: ...").</summary>
        public string Description { get; }

        /// <summary>The designer's group; always <see cref="ActivityGroup.Name"/>.</summary>
        public string Group { get; set; } = ActivityGroup.Name;
    }
}
