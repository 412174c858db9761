using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace System.Activities
{
    /// <summary>
    /// The arguments of an activity, found as WF finds them: its public properties of an Argument type, named
    /// after the property. A null property gets a fresh argument, as WF's metadata pass does.
    /// </summary>
    internal sealed class ActivityArgumentBinding
    {
        private readonly Activity _activity;
        private readonly IReadOnlyDictionary<string, (Argument Argument, bool IsRequired)> _arguments;

        private ActivityArgumentBinding(Activity activity, IReadOnlyDictionary<string, (Argument, bool)> arguments)
        {
            _activity = activity;
            _arguments = arguments;
        }

        public static ActivityArgumentBinding Of(Activity activity)
        {
            var arguments = new Dictionary<string, (Argument, bool)>(StringComparer.Ordinal);
            foreach (var property in activity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!typeof(Argument).IsAssignableFrom(property.PropertyType) || !property.CanRead || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }
                if (arguments.ContainsKey(property.Name))
                {
                    continue; // Activity<T>.Result hides ActivityWithResult.Result: the most derived one is listed first.
                }
                var argument = (Argument)property.GetValue(activity);
                if (argument == null && property.CanWrite && !property.PropertyType.IsAbstract)
                {
                    argument = (Argument)Activator.CreateInstance(property.PropertyType);
                    property.SetValue(activity, argument);
                }
                if (argument != null)
                {
                    arguments.Add(property.Name, (argument, property.IsDefined(typeof(RequiredArgumentAttribute), true)));
                }
            }
            return new ActivityArgumentBinding(activity, arguments);
        }

        /// <summary>Puts the inputs (and In arguments' constants) into the context; refuses unknown or missing required inputs.</summary>
        public void BindInputs(ActivityContext context, IDictionary<string, object> inputs)
        {
            var unknown = inputs.Keys.Where(name => !_arguments.TryGetValue(name, out var known) || known.Argument.Direction == ArgumentDirection.Out).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException(
                    $"The values provided for the root activity's arguments did not satisfy the root activity's requirements: '{_activity.DisplayName}': "
                    + $"the following keys from the input dictionary do not map to In or InOut arguments and must be removed: {string.Join(", ", unknown)}. "
                    + "Argument names are case sensitive.",
                    nameof(inputs));
            }
            var missing = new List<string>();
            foreach (var pair in _arguments)
            {
                var argument = pair.Value.Argument;
                if (inputs.TryGetValue(pair.Key, out var value))
                {
                    context.SetValue(argument, value);
                }
                else if (argument.TryGetDefault(out var constant))
                {
                    context.SetValue(argument, constant);
                }
                else if (pair.Value.IsRequired && argument.Direction != ArgumentDirection.Out)
                {
                    missing.Add(pair.Key);
                }
            }
            if (missing.Count > 0)
            {
                throw new ArgumentException(
                    $"'{_activity.DisplayName}': value for a required activity argument was not supplied: {string.Join(", ", missing)}.",
                    nameof(inputs));
            }
        }

        /// <summary>The Out and InOut arguments' values after the run, by argument name.</summary>
        public IDictionary<string, object> ReadOutputs(ActivityContext context)
        {
            var outputs = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var pair in _arguments.Where(a => a.Value.Argument.Direction != ArgumentDirection.In))
            {
                outputs[pair.Key] = context.GetValue(pair.Value.Argument);
            }
            return outputs;
        }
    }
}
