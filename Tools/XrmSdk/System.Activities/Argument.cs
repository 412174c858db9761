namespace System.Activities
{
    /// <summary>
    /// A named flow of data into or out of an activity. The value lives in the running context, not in the
    /// argument (activities are shared between executions), so it is read and written through an <see cref="ActivityContext"/>.
    /// </summary>
    public abstract class Argument
    {
        /// <summary>The name of the result argument of an <see cref="Activity{TResult}"/>.</summary>
        public const string ResultValue = "Result";

        internal Argument(Type argumentType, ArgumentDirection direction)
        {
            ArgumentType = argumentType;
            Direction = direction;
        }

        public Type ArgumentType { get; }

        public ArgumentDirection Direction { get; }

        public object Get(ActivityContext context) => Context(context).GetValue(this);

        public T Get<T>(ActivityContext context) => (T)Get(context);

        public void Set(ActivityContext context, object value) => Context(context).SetValue(this, value);

        // The value an In argument has when no input names it: its constant, if constructed with one.
        internal virtual bool TryGetDefault(out object value)
        {
            value = null;
            return false;
        }

        internal static ActivityContext Context(ActivityContext context)
        {
            return context ?? throw new ArgumentNullException(nameof(context));
        }
    }
}
