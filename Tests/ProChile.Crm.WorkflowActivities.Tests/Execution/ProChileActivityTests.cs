using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Calendar;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Execution
{
    /// <summary>The base's fixed sequence: host services, the operation's clock, tracing, and errors that reach the executive in Spanish.</summary>
    [TestClass]
    public sealed class ProChileActivityTests
    {
        private static readonly DateTime Now = Utc(2026, 5, 19, 15);

        [WorkflowActivity("Actividad de prueba", "D1: prueba de la secuencia fija.")]
        private sealed class ProbeActivity : ProChileActivity
        {
            private readonly Action<ActivityRun> body;

            public ProbeActivity(Action<ActivityRun> body) => this.body = body;

            [Output("Ahora")]
            public OutArgument<DateTime> Now { get; set; } = new OutArgument<DateTime>();

            protected override void Run(ActivityRun run)
            {
                run.Set(Now, run.NowUtc);
                body(run);
            }
        }

        private sealed class UnusedServiceFactory : IOrganizationServiceFactory
        {
            public IOrganizationService CreateOrganizationService(Guid? userId) => throw new AssertFailedException("The probe makes no service call.");
        }

        private static IDictionary<string, object> Invoke(Activity activity, params object[] extensions)
        {
            var invoker = new WorkflowInvoker(activity);
            foreach (var extension in extensions)
            {
                invoker.Extensions.Add(extension);
            }
            return invoker.Invoke();
        }

        [TestMethod]
        public void NowIsTheOperationsCreationInstantNotTheMachinesClock()
        {
            var host = new ActivityHost(Now);

            var outputs = host.Run(new ProbeActivity(_ => { }), new Dictionary<string, object?>());

            Assert.AreEqual(Now, outputs["Now"]);
            Assert.AreEqual(DateTimeKind.Utc, ((DateTime)outputs["Now"]).Kind);
        }

        [TestMethod]
        public void EachRunIsTracedFromStartToEndWithItsServiceCallCount()
        {
            var host = new ActivityHost(Now);

            host.Run(new IsBusinessDayActivity(), new Dictionary<string, object?>
            {
                [nameof(IsBusinessDayActivity.Date)] = Utc(2026, 5, 22, 15),
                [nameof(IsBusinessDayActivity.Office)] = Office(Choices.Region.Metropolitana),
            });

            StringAssert.StartsWith(host.Tracing.Lines.First(), "IsBusinessDayActivity: inicio (flujo ");
            Assert.AreEqual("IsBusinessDayActivity: fin (1 llamadas al servicio de la organización)", host.Tracing.Lines.Last());
        }

        [TestMethod]
        public void AnUnexpectedExceptionReachesTheUserAsASpanishErrorAndItsDetailGoesToTheTrace()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new ProbeActivity(_ => throw new NullReferenceException("campo nulo")), new Dictionary<string, object?>());

            Assert.AreEqual("«Actividad de prueba»: error interno (NullReferenceException). El detalle quedó en el registro de seguimiento del complemento; informe al administrador.", message);
            Assert.IsTrue(host.Tracing.Lines.Any(l => l.Contains("System.NullReferenceException: campo nulo", StringComparison.Ordinal)));
        }

        [TestMethod]
        public void WithoutTheWorkflowContextTheActivitySaysItRunsOnlyInsideAProcess()
        {
            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => Invoke(new ProbeActivity(_ => { })));

            Assert.AreEqual("«Actividad de prueba»: el servicio IWorkflowContext no está disponible. Esta actividad solo se ejecuta como paso de un proceso (flujo de trabajo clásico) de Dataverse.", error.Message);
        }

        [TestMethod]
        public void WithoutTheServiceFactoryTheActivityNamesTheMissingService()
        {
            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => Invoke(new ProbeActivity(_ => { }), new TestWorkflowContext(Guid.NewGuid(), Now)));

            Assert.AreEqual("«Actividad de prueba»: el servicio IOrganizationServiceFactory no está disponible. Esta actividad solo se ejecuta como paso de un proceso (flujo de trabajo clásico) de Dataverse.", error.Message);
        }

        [TestMethod]
        public void WithoutATraceServiceTheActivityStillRuns()
        {
            var host = new ActivityHost(Now);
            var invoker = new WorkflowInvoker(new ProbeActivity(_ => { }));
            invoker.Extensions.Add(host.Context);
            invoker.Extensions.Add(new UnusedServiceFactory());

            var outputs = invoker.Invoke();

            Assert.AreEqual(Now, outputs["Now"]);
        }

        [TestMethod]
        public void AContextWithoutTheOperationsInstantIsRefusedRatherThanGuessingTheTime()
        {
            var host = new ActivityHost(Now);
            host.Context.OperationCreatedOn = default;

            var message = host.RunExpectingError(new ProbeActivity(_ => { }), new Dictionary<string, object?>());

            Assert.AreEqual("«Actividad de prueba»: El proceso no informó cuándo se creó la operación (OperationCreatedOn); sin esa hora no se puede evaluar ningún plazo.", message);
        }

        [TestMethod]
        public void OneActivityInstanceServesManyRunsWithoutCarryingValuesOver()
        {
            var host = new ActivityHost(Now);
            var shared = new IsBusinessDayActivity();

            var holiday = host.Run(shared, new Dictionary<string, object?>
            {
                [nameof(IsBusinessDayActivity.Date)] = Utc(2026, 5, 21, 15),
                [nameof(IsBusinessDayActivity.Office)] = Office(Choices.Region.Metropolitana),
            });
            var workday = host.Run(shared, new Dictionary<string, object?>
            {
                [nameof(IsBusinessDayActivity.Date)] = Utc(2026, 5, 22, 15),
                [nameof(IsBusinessDayActivity.Office)] = Office(Choices.Region.Metropolitana),
            });

            Assert.AreEqual(false, holiday[nameof(IsBusinessDayActivity.IsBusinessDay)]);
            Assert.AreEqual(true, workday[nameof(IsBusinessDayActivity.IsBusinessDay)]);
            Assert.AreEqual(string.Empty, workday[nameof(IsBusinessDayActivity.Reason)]);
        }
    }
}
