namespace System.Activities
{
    /// <summary>An activity that produces a value in its Result out-argument.</summary>
    public abstract class ActivityWithResult : Activity
    {
        private OutArgument _result;

        internal ActivityWithResult()
        {
        }

        public OutArgument Result
        {
            get => _result;
            set => _result = value;
        }

        public Type ResultType => ResultTypeCore;

        internal abstract Type ResultTypeCore { get; }
    }
}
