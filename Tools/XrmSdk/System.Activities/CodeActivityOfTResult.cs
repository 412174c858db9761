namespace System.Activities
{
    /// <summary>An activity written as one method returning its result (the "Result" output).</summary>
    public abstract class CodeActivity<TResult> : Activity<TResult>
    {
        protected CodeActivity()
        {
        }

        protected abstract TResult Execute(CodeActivityContext context);

        internal override void InternalExecute(CodeActivityContext context)
        {
            if (Result == null)
            {
                Result = new OutArgument<TResult>();
            }
            context.SetValue(Result, Execute(context));
        }
    }
}
