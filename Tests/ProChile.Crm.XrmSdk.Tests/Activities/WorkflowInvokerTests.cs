using System;
using System.Activities;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.XrmSdk.Tests.Fakes;

namespace ProChile.Crm.XrmSdk.Tests.Activities
{
    [TestClass]
    public sealed class WorkflowInvokerTests
    {
        private static readonly Guid AccountId = new Guid("6f1c5a2e-0000-4000-8000-000000000001");
        private static readonly Guid ExecutiveId = new Guid("9d3e7b10-0000-4000-8000-000000000003");

        private RecordingTracingService _tracing = null!;
        private RecordingServiceFactory _factory = null!;

        [TestInitialize]
        public void Arrange()
        {
            _tracing = new RecordingTracingService();
            _factory = new RecordingServiceFactory(new RowsOnlyOrganizationService(new Entity("account", AccountId) { ["name"] = "Viña Concha" }));
        }

        [TestMethod]
        public void AnActivity_ReadsItsInputsAndExtensions_AndReturnsItsOutputsByName()
        {
            var invoker = InvokerFor(new GreetAccountActivity());

            var outputs = invoker.Invoke(new Dictionary<string, object>
            {
                ["PersonName"] = "Ana",
                ["Account"] = new EntityReference("account", AccountId),
            });

            Assert.AreEqual("Hola Ana, de Viña Concha", outputs["Message"]);
            Assert.AreEqual(1, outputs.Count);
            CollectionAssert.AreEqual(new Guid?[] { ExecutiveId }, _factory.RequestedUsers);
            CollectionAssert.AreEqual(new[] { "Saludo para Ana en Viña Concha" }, _tracing.Lines);
        }

        [TestMethod]
        public void AnInputGiven_OverridesTheArgumentsConstant()
        {
            var outputs = InvokerFor(new GreetAccountActivity()).Invoke(new Dictionary<string, object>
            {
                ["PersonName"] = "Ana",
                ["Account"] = new EntityReference("account", AccountId),
                ["Salutation"] = "Estimada",
            });

            Assert.AreEqual("Estimada Ana, de Viña Concha", outputs["Message"]);
        }

        [TestMethod]
        public void AMissingRequiredInput_IsRefused_NamingTheArgument()
        {
            var invoker = InvokerFor(new GreetAccountActivity());

            var error = Assert.ThrowsExactly<ArgumentException>(() => invoker.Invoke(new Dictionary<string, object> { ["Account"] = new EntityReference("account", AccountId) }));

            StringAssert.Contains(error.Message, "required activity argument was not supplied: PersonName");
        }

        [TestMethod]
        public void AnInputWithNoArgumentOfThatName_IsRefused_NamingTheKey()
        {
            var invoker = InvokerFor(new GreetAccountActivity());

            var error = Assert.ThrowsExactly<ArgumentException>(() => invoker.Invoke(new Dictionary<string, object> { ["PersonName"] = "Ana", ["personname"] = "Ana" }));

            StringAssert.Contains(error.Message, "do not map to In or InOut arguments and must be removed: personname");
        }

        [TestMethod]
        public void AnInputOfTheWrongType_IsRefused()
        {
            var invoker = InvokerFor(new GreetAccountActivity());

            Assert.ThrowsExactly<ArgumentException>(() => invoker.Invoke(new Dictionary<string, object> { ["PersonName"] = 42 }));
        }

        [TestMethod]
        public void TheActivitysException_PropagatesUnchanged()
        {
            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => WorkflowInvoker.Invoke(new RefuseActivity()));

            Assert.AreEqual("Operación no permitida.", error.Message);
        }

        [TestMethod]
        public void ACodeActivityOfTResult_ReturnsItsResult()
        {
            var result = WorkflowInvoker.Invoke(new DoubleActivity(), new Dictionary<string, object> { ["Value"] = 21 });

            Assert.AreEqual(42, result);
        }

        [TestMethod]
        public void ACodeActivityOfTResult_ReportsItsResultAsTheResultOutput()
        {
            var outputs = new WorkflowInvoker(new DoubleActivity()).Invoke(new Dictionary<string, object> { ["Value"] = 5 });

            Assert.AreEqual(10, outputs[Argument.ResultValue]);
        }

        [TestMethod]
        public void OneActivityObject_RunsTwice_WithoutCarryingValuesOver()
        {
            var activity = new DoubleActivity();

            Assert.AreEqual(6, WorkflowInvoker.Invoke(activity, new Dictionary<string, object> { ["Value"] = 3 }));
            Assert.AreEqual(0, WorkflowInvoker.Invoke(activity));
        }

        [TestMethod]
        public void AMissingExtension_IsNull()
        {
            Assert.IsFalse(WorkflowInvoker.Invoke(new HasTracingActivity()));
        }

        [TestMethod]
        public void AnExtensionProvider_IsAskedOncePerRun()
        {
            var created = 0;
            var invoker = new WorkflowInvoker(new HasTracingActivity());
            invoker.Extensions.Add<ITracingService>(() =>
            {
                created++;
                return new RecordingTracingService();
            });

            invoker.Invoke();
            invoker.Invoke();

            Assert.AreEqual(2, created);
        }

        private WorkflowInvoker InvokerFor(Activity activity)
        {
            var invoker = new WorkflowInvoker(activity);
            invoker.Extensions.Add(new StubWorkflowContext { UserId = ExecutiveId });
            invoker.Extensions.Add(_factory);
            invoker.Extensions.Add(_tracing);
            return invoker;
        }
    }
}
