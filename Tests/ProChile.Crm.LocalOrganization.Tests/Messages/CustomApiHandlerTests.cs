using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Tests.Pipeline;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization.Tests.Messages
{
    /// <summary>A Custom API message: checked against its declaration, its plugin the main operation, other steps around it.</summary>
    [TestClass]
    public sealed class CustomApiHandlerTests
    {
        private static readonly BilingualText Text = new BilingualText("texto", "text");

        private static CustomApiDeclaration Greeting(int stepsAllowed = 0, string pluginType = "ProChile.Crm.LocalOrganization.Tests.Messages.GreetingPlugin") =>
            new CustomApiDeclaration(pluginType, "new_Saludar", Text, Text, IsFunction: true, BindingType: 0, BoundEntityLogicalName: null,
                ExecutePrivilegeName: null, AllowedCustomProcessingStepType: stepsAllowed, EnabledForWorkflow: false,
                RequestParameters: new[] { new CustomApiParameterDeclaration("Nombre", 10, Text, Text, IsOptional: false, null), new CustomApiParameterDeclaration("Veces", 7, Text, Text, IsOptional: true, null) },
                ResponseProperties: new[] { new CustomApiParameterDeclaration("Saludo", 10, Text, Text, IsOptional: false, null) });

        private static LocalOrganization WithGreeting(int stepsAllowed = 0)
        {
            var org = TestOrganization.Create();
            org.RegisterCustomApi(Greeting(stepsAllowed), typeof(GreetingPlugin));
            return org;
        }

        private static FaultException<OrganizationServiceFault> Refused(Action action)
        {
            try
            {
                action();
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                return fault;
            }
            throw new AssertFailedException("expected a fault");
        }

        [TestMethod]
        public void TheMessageIsCalledByNameAndItsPluginsOutputIsTheResponse()
        {
            var org = WithGreeting();

            var response = org.Service.Execute(new OrganizationRequest("new_Saludar") { ["Nombre"] = "Ana", ["Veces"] = 2 });

            Assert.AreEqual("new_Saludar", response.ResponseName);
            Assert.AreEqual("hola Ana hola Ana", response["Saludo"]);
            Assert.AreEqual(30, org.Activity.Steps.Single().Stage);
        }

        [TestMethod]
        public void AMissingRequiredParameterAnUnknownOneAndAWrongTypeAreRefusedBeforeThePluginRuns()
        {
            var org = WithGreeting();

            var missing = Refused(() => org.Service.Execute(new OrganizationRequest("new_Saludar")));
            var unknown = Refused(() => org.Service.Execute(new OrganizationRequest("new_Saludar") { ["Nombre"] = "Ana", ["Apellido"] = "Pérez" }));
            var wrongType = Refused(() => org.Service.Execute(new OrganizationRequest("new_Saludar") { ["Nombre"] = "Ana", ["Veces"] = "2" }));

            StringAssert.Contains(missing.Detail.Message, "'Nombre'");
            StringAssert.Contains(unknown.Detail.Message, "'Apellido'");
            StringAssert.Contains(wrongType.Detail.Message, "Integer");
            Assert.AreEqual(0, org.Activity.Steps.Count);
        }

        [TestMethod]
        public void AnOutputParameterThatIsNotAResponsePropertyIsRefused()
        {
            var org = WithGreeting();

            var fault = Refused(() => org.Service.Execute(new OrganizationRequest("new_Saludar") { ["Nombre"] = "Ana", ["Veces"] = -1 }));

            StringAssert.Contains(fault.Detail.Message, "'Extra'");
        }

        [TestMethod]
        public void AStepOthersRegisterOnTheMessageRunsAroundTheMainOperationWhenTheApiAllowsIt()
        {
            var org = WithGreeting(stepsAllowed: 2);
            org.RegisterStep(new StepDeclaration(typeof(ShoutingPlugin).FullName!, "new_Saludar", "none", 40, 0, 1, Array.Empty<string>(), null, null, null, false), typeof(ShoutingPlugin));

            var response = org.Service.Execute(new OrganizationRequest("new_Saludar") { ["Nombre"] = "Ana" });

            Assert.AreEqual("HOLA ANA", response["Saludo"]);
            CollectionAssert.AreEqual(new[] { 30, 40 }, org.Activity.Steps.Select(s => s.Stage).ToArray());
        }

        [TestMethod]
        public void AStepOnAnApiThatAllowsNoneIsRefused()
        {
            var org = WithGreeting(stepsAllowed: 0);
            org.RegisterStep(new StepDeclaration(typeof(ShoutingPlugin).FullName!, "new_Saludar", "none", 40, 0, 1, Array.Empty<string>(), null, null, null, false), typeof(ShoutingPlugin));

            var fault = Refused(() => org.Service.Execute(new OrganizationRequest("new_Saludar") { ["Nombre"] = "Ana" }));

            StringAssert.Contains(fault.Detail.Message, "allows no custom processing steps");
        }

        [TestMethod]
        public void ACallerWithoutTheExecutePrivilegeIsRefusedBeforeAnyStepRuns_SystemAndAdministratorsAreNot()
        {
            var org = TestOrganization.Create();
            org.RegisterCustomApi(Greeting() with { ExecutePrivilegeName = "prvWriteAccount" }, typeof(GreetingPlugin));
            var nobody = org.AddUser("Sin roles", org.RootBusinessUnitId);
            var request = new OrganizationRequest("new_Saludar") { ["Nombre"] = "Ana" };

            var fault = Refused(() => org.ServiceFor(nobody).Execute(request));

            Assert.AreEqual(Errors.ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
            StringAssert.Contains(fault.Detail.Message, "is missing prvWriteAccount privilege on entity 'account'");
            Assert.AreEqual(0, org.Activity.Steps.Count);
            Assert.AreEqual("hola Ana", org.Service.Execute(request)["Saludo"]);
            Assert.AreEqual("hola Ana", org.ServiceFor(org.SystemUserId).Execute(request)["Saludo"]);
        }

        [TestMethod]
        public void ABoundApiNeedsItsTableAndAGlobalOneNone()
        {
            var org = TestOrganization.Create();
            var bound = Greeting() with { BindingType = 1, BoundEntityLogicalName = "new_missing" };

            var error = Assert.ThrowsExactly<InvalidOperationException>(() => org.RegisterCustomApi(bound, typeof(GreetingPlugin)));

            StringAssert.Contains(error.Message, "'new_missing'");
        }

        [TestMethod]
        public void ATypeCodeOutsideDataversesListIsRefusedAtRegistration()
        {
            var org = TestOrganization.Create();
            var bad = Greeting() with { ResponseProperties = new[] { new CustomApiParameterDeclaration("Saludo", 13, Text, Text, false, null) } };

            var error = Assert.ThrowsExactly<InvalidOperationException>(() => org.RegisterCustomApi(bad, typeof(GreetingPlugin)));

            StringAssert.Contains(error.Message, "type 13");
        }
    }

    /// <summary>new_Saludar's main operation: "hola {Nombre}" repeated; a negative count sets an undeclared output.</summary>
    public sealed class GreetingPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            int times = context.InputParameters.TryGetValue<int>("Veces", out var value) ? value : 1;
            if (times < 0)
            {
                context.OutputParameters["Extra"] = "no declarado";
                return;
            }
            context.OutputParameters["Saludo"] = string.Join(" ", Enumerable.Repeat("hola " + context.InputParameters["Nombre"], times));
        }
    }

    /// <summary>A PostOperation step another solution adds: it rewrites the main operation's output.</summary>
    public sealed class ShoutingPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
            context.OutputParameters["Saludo"] = ((string)context.OutputParameters["Saludo"]).ToUpperInvariant();
    }
}
