extern alias plugins;

using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization;
using ProChile.Crm.LocalOrganization.Accounting;
using ProChile.Crm.LocalOrganization.Solution;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.WorkflowActivities.Tests
{
    /// <summary>
    /// What a classic workflow gives a custom activity, on one machine: a local organization with the solution's
    /// tables (from Solution/src, as they ship) and the shipped plugins registered from their [PluginStep] declarations, the workflow context (its
    /// OperationCreatedOn is the run's "now", as is the organization's clock), a service factory on that
    /// organization, and a trace. <see cref="Run"/> invokes an activity through WorkflowInvoker; arranged rows are
    /// seeded (no plugins, not counted).
    /// </summary>
    internal sealed class ActivityHost
    {
        public ActivityHost(DateTime nowUtc)
        {
            Organization = new LocalOrganization.LocalOrganization(new LocalOrganizationOptions { Clock = new ManualClock(nowUtc) });
            SolutionTables.Shipped.DeclareOn(Organization.Schema);
            Organization.RegisterPluginsFrom(typeof(plugins::ProChile.Crm.Plugins.Pipeline.PluginBase).Assembly);
            Context = new TestWorkflowContext(Organization.CallerId, nowUtc);
        }

        public LocalOrganization.LocalOrganization Organization { get; }

        public TestWorkflowContext Context { get; private set; }

        /// <summary>Runs the next activities as a background workflow owned by <paramref name="workflowOwner"/> that <paramref name="initiatingUser"/>'s change started.</summary>
        public void StartedBy(Guid initiatingUser, Guid workflowOwner) =>
            Context = new TestWorkflowContext(workflowOwner, Context.OperationCreatedOn, initiatingUser) { PrimaryEntityName = Context.PrimaryEntityName, PrimaryEntityId = Context.PrimaryEntityId };

        public RecordingTracing Tracing { get; } = new RecordingTracing();

        /// <summary>The calls the last <see cref="Run"/> made.</summary>
        public IReadOnlyList<ServiceCall> Calls => Organization.Activity.Calls;

        /// <summary>The calls the activity itself made in the last run (not the plugins it set off), as "Message entity", in order.</summary>
        public string CallSummary => string.Join(", ", Calls.Where(c => c.MadeBy == null).Select(c => c.MessageName + " " + c.EntityName));

        /// <summary>The plugin steps the last run set off, by plugin class name, in order.</summary>
        public string StepSummary => string.Join(", ", Organization.Activity.Steps.Select(s => s.PluginType.Name));

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
