namespace System.Activities
{
    /// <summary>An activity written as one method: custom workflow activities override <see cref="Execute"/>.</summary>
    public abstract class CodeActivity : Activity
    {
        protected CodeActivity()
        {
        }

        protected abstract void Execute(CodeActivityContext context);

        internal override void InternalExecute(CodeActivityContext context) => Execute(context);
    }
}
