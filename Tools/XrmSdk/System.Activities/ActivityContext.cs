using System.Collections.Generic;

namespace System.Activities
{
    /// <summary>
    /// One execution of an activity: the values of its arguments and the host's extensions. Created by the
    /// invoker for each run, so the same activity object can run many times (and concurrently) safely.
    /// </summary>
    public class ActivityContext
    {
        private readonly Dictionary<Argument, object> _values = new Dictionary<Argument, object>();
        private readonly IReadOnlyList<object> _extensions;

        internal ActivityContext(Activity activity, Guid workflowInstanceId, IReadOnlyList<object> extensions)
        {
            Activity = activity;
            WorkflowInstanceId = workflowInstanceId;
            _extensions = extensions;
        }

        public Guid WorkflowInstanceId { get; }

        public string ActivityInstanceId => "1";

        internal Activity Activity { get; }

        /// <summary>The first of the host's extensions that is a <typeparamref name="T"/> (e.g. IWorkflowContext), or null when none is.</summary>
        public T GetExtension<T>() where T : class
        {
            foreach (var extension in _extensions)
            {
                if (extension is T match)
                {
                    return match;
                }
            }
            return null;
        }

        public object GetValue(Argument argument)
        {
            if (argument == null)
            {
                throw new ArgumentNullException(nameof(argument));
            }
            return _values.TryGetValue(argument, out var value) ? value : DefaultOf(argument.ArgumentType);
        }

        public T GetValue<T>(InArgument<T> argument) => (T)GetValue((Argument)argument);

        public T GetValue<T>(OutArgument<T> argument) => (T)GetValue((Argument)argument);

        public T GetValue<T>(InOutArgument<T> argument) => (T)GetValue((Argument)argument);

        public void SetValue(Argument argument, object value)
        {
            if (argument == null)
            {
                throw new ArgumentNullException(nameof(argument));
            }
            if (value == null ? argument.ArgumentType.IsValueType && Nullable.GetUnderlyingType(argument.ArgumentType) == null : !argument.ArgumentType.IsInstanceOfType(value))
            {
                throw new ArgumentException(
                    $"'{Activity.DisplayName}': a value of type {value?.GetType().FullName ?? "null"} cannot be assigned to an argument of type {argument.ArgumentType.FullName}.",
                    nameof(value));
            }
            _values[argument] = value;
        }

        public void SetValue<T>(InArgument<T> argument, T value) => SetValue((Argument)argument, value);

        public void SetValue<T>(OutArgument<T> argument, T value) => SetValue((Argument)argument, value);

        public void SetValue<T>(InOutArgument<T> argument, T value) => SetValue((Argument)argument, value);

        private static object DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
    }
}
