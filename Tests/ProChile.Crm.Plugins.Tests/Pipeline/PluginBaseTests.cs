using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Accounts;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Registration;

namespace ProChile.Crm.Plugins.Tests.Pipeline
{
    [TestClass]
    public sealed class PluginBaseTests
    {
        private static readonly DateTime Now = new DateTime(2025, 3, 10, 15, 0, 0, DateTimeKind.Utc);

        private const string DeclaredSteps =
            "pero la clase declara solo: Create de account, etapa PreOperation (20), síncrono; Update de account, etapa PreOperation (20), síncrono. " +
            "Corrija el paso en la solución o en la herramienta de registro para que coincida con [PluginStep] de AccountClassificationPlugin, o quítelo.";

        private static HandMadeExecution Execution(string message, string table, PipelineStage stage, IOrganizationService? service = null) =>
            new HandMadeExecution(message, table, (int)stage, (int)StepMode.Synchronous, service ?? new UnavailableService()) { OperationCreatedOn = Now };

        private static InvalidPluginExecutionException Refused(IPlugin plugin, HandMadeExecution execution) =>
            Assert.ThrowsExactly<InvalidPluginExecutionException>(() => plugin.Execute(execution));

        [TestMethod]
        public void AStepRunInTheWrongStageFailsSayingHowToFixTheRegistration()
        {
            var execution = Execution(MessageName.Update, Account.EntityLogicalName, PipelineStage.PostOperation);

            var error = Refused(new AccountClassificationPlugin(), execution);

            Assert.AreEqual("Registro incorrecto: AccountClassificationPlugin se ejecutó en Update de account, etapa PostOperation (40), síncrono, " + DeclaredSteps, error.Message);
        }

        [TestMethod]
        public void AStepRunOnTheWrongMessageFailsSayingHowToFixTheRegistration()
        {
            var error = Refused(new AccountClassificationPlugin(), Execution(MessageName.Delete, Account.EntityLogicalName, PipelineStage.PreOperation));

            Assert.AreEqual("Registro incorrecto: AccountClassificationPlugin se ejecutó en Delete de account, etapa PreOperation (20), síncrono, " + DeclaredSteps, error.Message);
        }

        [TestMethod]
        public void AStepRegisteredOnTheWrongTableInTheLocalOrganizationFailsWithTheRegistrationFix()
        {
            var org = ProChileOrganization.Create(Now, LocalOrganization.AsyncStepExecution.Queued, registerPlugins: false);
            org.RegisterStep(new StepDeclaration(typeof(AccountClassificationPlugin).FullName!, MessageName.Create, ActionRecord.EntityLogicalName,
                (int)PipelineStage.PreOperation, (int)StepMode.Synchronous, 1, Array.Empty<string>(), null, null, null, false), typeof(AccountClassificationPlugin));

            var fault = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
                org.Service.Create(new Entity(ActionRecord.EntityLogicalName) { [ActionRecord.Name] = "Acción" }));

            Assert.AreEqual("Registro incorrecto: AccountClassificationPlugin se ejecutó en Create de pch_action, etapa PreOperation (20), síncrono, " + DeclaredSteps, fault.Detail.Message);
            Assert.AreEqual(0, org.InspectAll(ActionRecord.EntityLogicalName).Count);
        }

        [TestMethod]
        public void AnUpdateStepRegisteredWithoutItsPreImageFailsNamingTheAliasAndColumns()
        {
            var org = ProChileOrganization.Create(Now, LocalOrganization.AsyncStepExecution.Queued, registerPlugins: false);
            org.RegisterStep(new StepDeclaration(typeof(AccountClassificationPlugin).FullName!, MessageName.Update, Account.EntityLogicalName,
                (int)PipelineStage.PreOperation, (int)StepMode.Synchronous, 1, Array.Empty<string>(), null, null, null, false), typeof(AccountClassificationPlugin));
            var id = org.Seed(new Entity(Account.EntityLogicalName) { [Account.Name] = "Sin imagen SpA" }).Single();

            var fault = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
                org.Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.Name] = "Otra SpA" }));

            StringAssert.StartsWith(fault.Detail.Message,
                "Registro incorrecto: falta la imagen «PreImage» en el paso de AccountClassificationPlugin (Update de account, etapa PreOperation (20), síncrono). " +
                "Registre la imagen con ese alias y las columnas name, pch_rut, pch_region,");
        }

        [TestMethod]
        public void AMissingTargetFailsSayingWhichMessagesTheStepBelongsTo()
        {
            var error = Refused(new AccountClassificationPlugin(), Execution(MessageName.Create, Account.EntityLogicalName, PipelineStage.PreOperation));

            StringAssert.StartsWith(error.Message, "Registro incorrecto: AccountClassificationPlugin en Create de account, etapa PreOperation (20), síncrono no recibió el parámetro Target como registro (Entity).");
        }

        [TestMethod]
        public void ATargetOfTheWrongTypeIsTreatedAsMissingNotCast()
        {
            var execution = Execution(MessageName.Create, Account.EntityLogicalName, PipelineStage.PreOperation);
            execution.InputParameters["Target"] = new EntityReference(Account.EntityLogicalName, Guid.NewGuid());

            var error = Refused(new AccountClassificationPlugin(), execution);

            StringAssert.Contains(error.Message, "no recibió el parámetro Target como registro (Entity)");
        }

        [TestMethod]
        public void AWronglyTypedColumnIsRefusedNamingTheColumnTheTypeAndWhatIsExpected()
        {
            var execution = Execution(MessageName.Create, Account.EntityLogicalName, PipelineStage.PreOperation);
            execution.InputParameters["Target"] = new Entity(Account.EntityLogicalName) { [Account.Name] = "Tipos SpA", [Account.Region] = "Metropolitana" };

            var error = Refused(new AccountClassificationPlugin(), execution);

            Assert.AreEqual("El campo «pch_region» de account (nuevo) trae un valor de tipo String («Metropolitana»); se espera una opción de la lista.", error.Message);
        }

        [TestMethod]
        public void AnUnexpectedExceptionIsTracedInFullAndReportedInSpanishWithTheCorrelationId()
        {
            var execution = Execution(MessageName.Create, Account.EntityLogicalName, PipelineStage.PreOperation, new UnavailableService());
            execution.InputParameters["Target"] = new Entity(Account.EntityLogicalName)
            {
                [Account.Name] = "Cartera SpA",
                [Account.Region] = new OptionSetValue((int)Choices.Region.Metropolitana),
                [Account.Email] = "a@b.cl",
                [Account.Telephone] = "123",
                [Account.ValidatedBy] = new EntityReference("systemuser", Guid.NewGuid()),
                [Account.Exporter] = true,
                [Account.StrategicSector] = "Vinos",
            };

            var error = Refused(new AccountClassificationPlugin(), execution);

            Assert.AreEqual(
                $"Error inesperado en AccountClassificationPlugin al procesar Create de account: el servicio no responde El detalle quedó en el registro de seguimiento de complementos (correlación {execution.CorrelationId}).",
                error.Message);
            Assert.IsTrue(execution.Traces.Any(t => t.StartsWith("AccountClassificationPlugin: error inesperado: System.TimeoutException: el servicio no responde", StringComparison.Ordinal)));
        }

        [TestMethod]
        public void AnExecutionWithoutTheOperationInstantIsRefusedRatherThanReadingTheMachineClock()
        {
            var plugin = new CategoryHistoryPlugin();
            var post = new HandMadeExecution(MessageName.Create, Account.EntityLogicalName, (int)PipelineStage.PostOperation, 0, new UnavailableService());
            post.PostEntityImages[PluginStepAttribute.PostImageName] = new Entity(Account.EntityLogicalName) { [Account.Category] = new OptionSetValue((int)Choices.Category.TrabajoHabitual) };

            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => plugin.Execute(post));

            Assert.AreEqual("CategoryHistoryPlugin: el contexto no trae la hora de la operación (OperationCreatedOn); no se puede calcular sin reloj.", error.Message);
        }

        [TestMethod]
        public void ACustomApisPluginRunsOnlyAsItsMessagesMainOperation()
        {
            var wrong = new HandMadeExecution(MessageName.Create, Account.EntityLogicalName, (int)PipelineStage.PreOperation, 0, new UnavailableService());

            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new ProChile.Crm.Plugins.CustomApis.CalcularPlazoPlugin().Execute(wrong));

            StringAssert.Contains(error.Message, "la clase declara solo: pch_CalcularPlazo de none, etapa MainOperation (30), síncrono");
        }

        [TestMethod]
        public void WithoutAServiceProviderThePluginRefusesInsteadOfThrowingNullReference()
        {
            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new AccountClassificationPlugin().Execute(null!));

            Assert.AreEqual("AccountClassificationPlugin: Dataverse no entregó el proveedor de servicios (IServiceProvider).", error.Message);
        }

        [TestMethod]
        public void EveryPluginClassDerivesFromTheBaseAndDeclaresAtLeastOneStepOrACustomApi()
        {
            var plugins = typeof(PluginBase).Assembly.GetTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract).ToArray();

            Assert.AreEqual(22, plugins.Length, string.Join(", ", plugins.Select(p => p.Name)));
            foreach (var plugin in plugins)
            {
                Assert.IsTrue(typeof(PluginBase).IsAssignableFrom(plugin), plugin.Name);
                Assert.IsTrue(StepDeclarationReader.Read(plugin).Count > 0 || CustomApiDeclarationReader.Read(plugin) != null, plugin.Name);
            }
        }

        private sealed class UnavailableService : IOrganizationService
        {
            public Guid Create(Entity entity) => throw new TimeoutException("el servicio no responde");
            public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new TimeoutException("el servicio no responde");
            public void Update(Entity entity) => throw new TimeoutException("el servicio no responde");
            public void Delete(string entityName, Guid id) => throw new TimeoutException("el servicio no responde");
            public OrganizationResponse Execute(OrganizationRequest request) => throw new TimeoutException("el servicio no responde");
            public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new TimeoutException("el servicio no responde");
            public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new TimeoutException("el servicio no responde");
            public EntityCollection RetrieveMultiple(QueryBase query) => throw new TimeoutException("el servicio no responde");
        }
    }
}
