using System.Collections.Generic;
using System.Activities.Hosting;

namespace System.Activities
{
    /// <summary>
    /// Runs an activity synchronously, like a method call: inputs by argument name in, Out/InOut values by
    /// name back. An exception thrown by the activity propagates unchanged, as with WF's WorkflowInvoker.
    /// </summary>
    public sealed class WorkflowInvoker
    {
        private readonly Activity _workflow;

        public WorkflowInvoker(Activity workflow)
        {
            _workflow = workflow ?? throw new ArgumentNullException(nameof(workflow));
        }

        /// <summary>The services the activity can ask for with GetExtension (IWorkflowContext, IOrganizationServiceFactory, ...).</summary>
        public WorkflowInstanceExtensionManager Extensions { get; } = new WorkflowInstanceExtensionManager();

        public IDictionary<string, object> Invoke() => Invoke(new Dictionary<string, object>());

        public IDictionary<string, object> Invoke(IDictionary<string, object> inputs)
        {
            if (inputs == null)
            {
                throw new ArgumentNullException(nameof(inputs));
            }
            var binding = ActivityArgumentBinding.Of(_workflow);
            var context = new CodeActivityContext(_workflow, Guid.NewGuid(), Extensions.CreateRunExtensions());
            binding.BindInputs(context, inputs);
            _workflow.InternalExecute(context);
            return binding.ReadOutputs(context);
        }

        public static IDictionary<string, object> Invoke(Activity workflow) => new WorkflowInvoker(workflow).Invoke();

        public static IDictionary<string, object> Invoke(Activity workflow, IDictionary<string, object> inputs) => new WorkflowInvoker(workflow).Invoke(inputs);

        public static TResult Invoke<TResult>(Activity<TResult> workflow) => Invoke(workflow, new Dictionary<string, object>());

        public static TResult Invoke<TResult>(Activity<TResult> workflow, IDictionary<string, object> inputs)
        {
            var outputs = new WorkflowInvoker(workflow).Invoke(inputs);
            return (TResult)outputs[Argument.ResultValue];
        }
    }
}
