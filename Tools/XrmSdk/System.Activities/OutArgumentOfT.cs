namespace System.Activities
{
    /// <summary>An output of type <typeparamref name="T"/>.</summary>
    public sealed class OutArgument<T> : OutArgument
    {
        public OutArgument() : base(typeof(T))
        {
        }

        public new T Get(ActivityContext context) => Context(context).GetValue(this);

        public void Set(ActivityContext context, T value) => Context(context).SetValue(this, value);
    }
}
