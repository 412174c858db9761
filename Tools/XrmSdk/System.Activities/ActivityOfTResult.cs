namespace System.Activities
{
    /// <summary>An activity whose result is a <typeparamref name="TResult"/>.</summary>
    public abstract class Activity<TResult> : ActivityWithResult
    {
        internal Activity()
        {
        }

        public new OutArgument<TResult> Result
        {
            get => (OutArgument<TResult>)base.Result;
            set => base.Result = value;
        }

        internal override Type ResultTypeCore => typeof(TResult);
    }
}
