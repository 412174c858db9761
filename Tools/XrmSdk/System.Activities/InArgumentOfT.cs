namespace System.Activities
{
    /// <summary>An input of type <typeparamref name="T"/>; a constant given at construction is its default.</summary>
    public sealed class InArgument<T> : InArgument
    {
        private readonly bool _hasConstant;
        private readonly T _constant;

        public InArgument() : base(typeof(T))
        {
        }

        public InArgument(T constValue) : base(typeof(T))
        {
            _hasConstant = true;
            _constant = constValue;
        }

        public static implicit operator InArgument<T>(T constValue) => new InArgument<T>(constValue);

        public new T Get(ActivityContext context) => Context(context).GetValue(this);

        public void Set(ActivityContext context, T value) => Context(context).SetValue(this, value);

        internal override bool TryGetDefault(out object value)
        {
            value = _constant;
            return _hasConstant;
        }
    }
}
