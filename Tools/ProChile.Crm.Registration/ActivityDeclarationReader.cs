using System;
using System.Linq;
using System.Reflection;

namespace ProChile.Crm.Registration
{
    /// <summary>
    /// Reads a workflow activity's <c>[WorkflowActivity]</c> declaration through <see cref="CustomAttributeData"/>,
    /// matching the attribute by full name, as <see cref="StepDeclarationReader"/> does for steps: it works on a
    /// loaded assembly and on the net462 build opened with MetadataLoadContext.
    /// </summary>
    public static class ActivityDeclarationReader
    {
        public const string AttributeFullName = "ProChile.Crm.WorkflowActivities.Registration.WorkflowActivityAttribute";

        /// <summary>Holds the default group (<c>ActivityGroup.Name</c>) that the attribute's Group property starts with.</summary>
        public const string GroupHolderFullName = "ProChile.Crm.WorkflowActivities.Registration.ActivityGroup";

        public const string GroupProperty = "Group";

        /// <summary>The activity's declaration, or null when the class carries no <c>[WorkflowActivity]</c>.</summary>
        public static ActivityDeclaration? Read(Type activityType)
        {
            var data = activityType.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType.FullName == AttributeFullName);
            if (data == null)
            {
                return null;
            }

            var args = data.ConstructorArguments;
            if (args.Count != 2)
            {
                throw new InvalidOperationException(
                    $"{activityType.FullName}: [{AttributeFullName}] has {args.Count} constructor arguments; expected (friendlyName, description).");
            }

            var group = data.NamedArguments.Where(a => a.MemberName == GroupProperty).Select(a => (string?)a.TypedValue.Value).SingleOrDefault()
                ?? DefaultGroup(data.AttributeType, activityType);
            return new ActivityDeclaration(activityType.FullName!, (string)args[0].Value!, (string)args[1].Value!, group);
        }

        /// <summary>The activity's declaration; a workflow activity without one cannot be registered, so this says how to add it.</summary>
        public static ActivityDeclaration ReadRequired(Type activityType) =>
            Read(activityType) ?? throw new InvalidOperationException(
                $"workflow activity {activityType.FullName} has no [WorkflowActivity] declaration, so it has no Spanish name, description or group in the designer; " +
                "add [WorkflowActivity(\"<nombre en español>\", \"<reglas: qué hace>\")] (ProChile.Crm.WorkflowActivities.Registration) to the class.");

        /// <summary>
        /// An unset Group keeps the attribute's default, which attribute data does not carry: it is the constant
        /// <c>ActivityGroup.Name</c> beside the attribute, read from the same assembly so the group is written once.
        /// </summary>
        private static string DefaultGroup(Type attributeType, Type activityType)
        {
            var field = attributeType.Assembly.GetType(GroupHolderFullName)?.GetField("Name", BindingFlags.Public | BindingFlags.Static);
            return field?.GetRawConstantValue() as string ?? throw new InvalidOperationException(
                $"{activityType.FullName}: [WorkflowActivity] sets no Group and {attributeType.Assembly.GetName().Name} has no const {GroupHolderFullName}.Name to default to; set Group = \"...\" or declare the constant.");
        }
    }
}
