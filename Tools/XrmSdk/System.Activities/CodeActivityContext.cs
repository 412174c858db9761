using System.Collections.Generic;

namespace System.Activities
{
    /// <summary>The context a <see cref="CodeActivity"/> executes in.</summary>
    public class CodeActivityContext : ActivityContext
    {
        internal CodeActivityContext(Activity activity, Guid workflowInstanceId, IReadOnlyList<object> extensions)
            : base(activity, workflowInstanceId, extensions)
        {
        }
    }
}
