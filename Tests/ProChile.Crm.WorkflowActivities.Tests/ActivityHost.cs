using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization;
using ProChile.Crm.LocalOrganization.Accounting;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.WorkflowActivities.Tests
{
    /// <summary>
    /// What a classic workflow gives a custom activity, on one machine: a local organization with the solution's
    /// tables, the workflow context (its OperationCreatedOn is the run's "now"), a service factory on that
    /// organization, and a trace. <see cref="Run"/> invokes an activity through WorkflowInvoker and counts only
    /// the calls the activity makes (arranged rows are seeded, not counted).
    /// </summary>
    internal sealed class ActivityHost
    {
        public ActivityHost(DateTime nowUtc)
        {
            Organization = new LocalOrganization.LocalOrganization(new LocalOrganizationOptions { Clock = new ManualClock(nowUtc) });
            ActivitySchema.Declare(Organization.Schema);
            Context = new TestWorkflowContext(Organization.CallerId, nowUtc);
        }

        public LocalOrganization.LocalOrganization Organization { get; }

        public TestWorkflowContext Context { get; }

        public RecordingTracing Tracing { get; } = new RecordingTracing();

        /// <summary>The calls the last <see cref="Run"/> made.</summary>
        public IReadOnlyList<ServiceCall> Calls => Organization.Activity.Calls;

        /// <summary>The last run's calls as "Message entity" lines, in order, for exact budget assertions.</summary>
        public string CallSummary => string.Join(", ", Calls.Select(c => c.MessageName + " " + c.EntityName));

        public Guid Seed(Entity row) => Organization.Seed(row)[0];

        public IDictionary<string, object> Run(Activity activity, IDictionary<string, object?> inputs)
        {
            Organization.Activity.Clear();
            Tracing.Lines.Clear();
            var invoker = new WorkflowInvoker(activity);
            invoker.Extensions.Add(Context);
            invoker.Extensions.Add<IOrganizationServiceFactory>(() => new Factory(Organization));
            invoker.Extensions.Add(Tracing);
            return invoker.Invoke(inputs.ToDictionary(p => p.Key, p => p.Value!));
        }

        /// <summary>Runs and expects the user-facing error; returns its message.</summary>
        public string RunExpectingError(Activity activity, IDictionary<string, object?> inputs) =>
            Assert.ThrowsExactly<InvalidPluginExecutionException>(() => Run(activity, inputs)).Message;

        private sealed class Factory : IOrganizationServiceFactory
        {
            private readonly LocalOrganization.LocalOrganization organization;

            public Factory(LocalOrganization.LocalOrganization organization) => this.organization = organization;

            public IOrganizationService CreateOrganizationService(Guid? userId) =>
                organization.ServiceFor(userId ?? organization.SystemUserId);
        }
    }
}
