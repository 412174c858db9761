using System;
using System.Activities;
using System.Reflection;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Execution
{
    /// <summary>
    /// Reads what the designer shows about an activity: its Spanish name and the Spanish label of each argument
    /// ([Input]/[Output]). Error messages quote these labels, so an executive reads the same words the
    /// designer showed, and the labels are written once, on the property.
    /// </summary>
    internal static class ActivityArguments
    {
        public static string FriendlyNameOf(Type activityType) =>
            activityType.GetCustomAttribute<WorkflowActivityAttribute>()?.FriendlyName ?? activityType.Name;

        /// <summary>The [Input]/[Output] label of the property holding <paramref name="argument"/>; the property's name if it has none.</summary>
        public static string LabelOf(Activity activity, Argument argument)
        {
            foreach (var property in activity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (typeof(Argument).IsAssignableFrom(property.PropertyType)
                    && property.GetIndexParameters().Length == 0
                    && ReferenceEquals(property.GetValue(activity), argument))
                {
                    return property.GetCustomAttribute<ParameterAttribute>(true)?.Name ?? property.Name;
                }
            }
            return "(argumento sin nombre)";
        }
    }
}
