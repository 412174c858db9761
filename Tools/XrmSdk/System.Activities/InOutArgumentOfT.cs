namespace System.Activities
{
    /// <summary>An in-out argument of type <typeparamref name="T"/>.</summary>
    public sealed class InOutArgument<T> : InOutArgument
    {
        public InOutArgument() : base(typeof(T))
        {
        }

        public new T Get(ActivityContext context) => Context(context).GetValue(this);

        public void Set(ActivityContext context, T value) => Context(context).SetValue(this, value);
    }
}
