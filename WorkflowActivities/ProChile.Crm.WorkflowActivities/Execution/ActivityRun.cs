using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.WorkflowActivities.Execution
{
    /// <summary>
    /// One execution of a workflow activity: its host services, its clock, and typed access to its inputs and
    /// outputs with Spanish errors that name the input. Created by <see cref="ProChileActivity"/> for each
    /// execution and never stored, so activities stay free of per-call state.
    /// </summary>
    public sealed class ActivityRun
    {
        private readonly Activity activity;
        private readonly CodeActivityContext context;
        private readonly IOrganizationServiceFactory serviceFactory;
        private CountingOrganizationService? userService;
        private CountingOrganizationService? systemService;

        internal ActivityRun(Activity activity, CodeActivityContext context, IWorkflowContext workflowContext,
            IOrganizationServiceFactory serviceFactory, ITracingService tracing)
        {
            this.activity = activity;
            this.context = context;
            this.serviceFactory = serviceFactory;
            WorkflowContext = workflowContext;
            Tracing = tracing;
            NowUtc = ClockOf(workflowContext);
        }

        public IWorkflowContext WorkflowContext { get; }

        public ITracingService Tracing { get; }

        /// <summary>
        /// "Now" for this execution: the instant the platform created the operation (<see cref="IExecutionContext.OperationCreatedOn"/>),
        /// the same for every step of the run and fixed by the host, so results never depend on the machine's clock.
        /// </summary>
        public DateTime NowUtc { get; }

        /// <summary>
        /// The organization service as the user the process runs for (the workflow's owner, or the user who ran an
        /// on-demand process); Dataverse checks that user's privileges. Created on first use.
        /// </summary>
        public IOrganizationService UserService => userService ??= new CountingOrganizationService(serviceFactory.CreateOrganizationService(WorkflowContext.UserId));

        /// <summary>
        /// The organization service as SYSTEM: no privilege checks. Only for bookkeeping the user may not do by hand,
        /// and for reads a rule needs whole; every call site says why. Created on first use.
        /// </summary>
        public IOrganizationService SystemService => systemService ??= new CountingOrganizationService(serviceFactory.CreateOrganizationService(null));

        /// <summary>Calls made through both services so far (traced at the end of the run).</summary>
        public int ServiceCalls => (userService?.Calls ?? 0) + (systemService?.Calls ?? 0);

        /// <summary>Who caused a change, for history entries: the user who started the process, as the plugins attribute it.</summary>
        public string Initiator => AccountRow.Who(WorkflowContext.InitiatingUserId);

        public void Trace(string format, params object[] args) => Tracing.Trace(format, args);

        public string LabelOf(Argument argument) => ActivityArguments.LabelOf(activity, argument);

        /// <summary>The input's value, or the type's default when it was not given.</summary>
        public T Get<T>(InArgument<T> argument) => argument.Get(context);

        public void Set<T>(OutArgument<T> argument, T value) => argument.Set(context, value);

        /// <summary>A reference-type input that must be given (an empty text counts as missing).</summary>
        public T Require<T>(InArgument<T> argument, string expected) where T : class
        {
            var value = Get(argument);
            if (value == null || (value is string text && text.Trim().Length == 0))
            {
                throw ActivityInputException.Missing(LabelOf(argument), expected);
            }
            return value;
        }

        /// <summary>A record reference that must be given and point to <paramref name="entityLogicalName"/>.</summary>
        public EntityReference RequireReference(InArgument<EntityReference> argument, string entityLogicalName, string expected)
        {
            var reference = Require(argument, expected);
            if (!string.Equals(reference.LogicalName, entityLogicalName, StringComparison.Ordinal) || reference.Id == Guid.Empty)
            {
                throw ActivityInputException.Invalid(LabelOf(argument), reference, expected);
            }
            return reference;
        }

        /// <summary>
        /// A date input that must be given, read as <see cref="DateInput"/> says: a Date Only column's value (00:00:00,
        /// no time part) is the date itself, anything else an instant in UTC, as Dataverse passes date-and-time values
        /// (an unset one arrives as <see cref="DateTime.MinValue"/>). It must fall in the business calendar's years.
        /// </summary>
        public DateInput RequireDate(InArgument<DateTime> argument)
        {
            var value = Get(argument);
            var label = LabelOf(argument);
            if (value == default)
            {
                throw ActivityInputException.Missing(label, "una fecha y hora");
            }
            if (value.Kind == DateTimeKind.Local)
            {
                throw ActivityInputException.Invalid(label, value, "una fecha y hora en UTC, como la entrega Dataverse");
            }
            var input = DateInput.Read(value);
            // An instant keeps a day of margin on each side: its local date, not its UTC date, must be in the calendar.
            bool inRange = input.IsCivilDate
                ? CalendarRange.Contains(input.CivilDate)
                : input.Utc >= CalendarRange.FirstDate.ToDateTime().AddDays(1) && input.Utc < CalendarRange.LastDate.ToDateTime();
            if (!inRange)
            {
                throw ActivityInputException.Invalid(label, input.IsCivilDate ? (object)input.CivilDate : input.Utc,
                    $"una fecha entre los años {CalendarRange.FirstYear} y {CalendarRange.LastYear}, los que cubre el calendario hábil chileno");
            }
            return input;
        }

        private static DateTime ClockOf(IWorkflowContext workflowContext)
        {
            var created = workflowContext.OperationCreatedOn;
            if (created == default)
            {
                throw new InvalidPluginExecutionException(
                    "El proceso no informó cuándo se creó la operación (OperationCreatedOn); sin esa hora no se puede evaluar ningún plazo.");
            }
            return created.Kind == DateTimeKind.Local ? created.ToUniversalTime() : DateTime.SpecifyKind(created, DateTimeKind.Utc);
        }
    }
}
