using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Pipeline
{
    [TestClass]
    public sealed class MessagePipelineTests
    {
        [TestMethod]
        public void StagesRunInOrderSharingVariablesAndOnlyPreValidationOfTheOutermostCallIsOutsideTheTransaction()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(StageRecorderPlugin));

            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });

            CollectionAssert.AreEqual(
                new[] { "stage 10 in transaction False shared 10", "stage 20 in transaction True shared 10,20", "stage 40 in transaction True shared 10,20,40" },
                org.Activity.TracesOf<StageRecorderPlugin>().ToArray());
        }

        [TestMethod]
        public void StepsOfOneStageRunByRankNotByRegistrationOrder()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(RankTwoPlugin));
            org.RegisterPluginsFrom(typeof(RankOnePlugin));

            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });

            CollectionAssert.AreEqual(new[] { typeof(RankOnePlugin), typeof(RankTwoPlugin) }, org.Activity.Steps.Select(s => s.PluginType).ToArray());
        }

        [TestMethod]
        public void ATargetChangedInPreOperationIsSavedButOneChangedInPostOperationIsNot()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(TargetRewritePlugin));
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];

            org.Service.Update(new Entity("account", id) { ["numberofemployees"] = 5 });

            var row = org.Inspect("account", id)!;
            Assert.AreEqual("PRE", row.GetAttributeValue<string>("accountnumber"));
            Assert.AreEqual("Viña Sur", row.GetAttributeValue<string>("name"));
        }

        [TestMethod]
        public void ImagesHoldExactlyTheirDeclaredColumnsThatHaveValues()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(ImageProbePlugin));
            var contact = org.Seed(new Entity("contact") { ["fullname"] = "Ana Rojas" })[0];
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["accountnumber"] = "CL-1", ["primarycontactid"] = new EntityReference("contact", contact) })[0];

            org.Service.Update(new Entity("account", id) { ["numberofemployees"] = 12 });

            CollectionAssert.AreEqual(
                new[] { "pre PreImage: name=Viña Sur", "post PostImage: numberofemployees=12 primarycontactid=Ana Rojas" },
                org.Activity.TracesOf<ImageProbePlugin>().ToArray());
        }

        [TestMethod]
        public void AnUpdateStepWithFilteringAttributesRunsOnlyWhenTheTargetHasOneOfThem()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(EmployeesFilteredPlugin));
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["numberofemployees"] = 3 })[0];

            org.Service.Update(new Entity("account", id) { ["name"] = "Viña Sur SpA" });
            var afterName = org.Activity.ExecutionsOf<EmployeesFilteredPlugin>().Count;
            org.Service.Update(new Entity("account", id) { ["numberofemployees"] = 3 });

            Assert.AreEqual(0, afterName);
            Assert.AreEqual(1, org.Activity.ExecutionsOf<EmployeesFilteredPlugin>().Count);
        }

        [TestMethod]
        public void AColumnAPreOperationStepAddsToTheTargetDoesNotFireALaterStepsFilter()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(TargetRewritePlugin));
            org.RegisterPluginsFrom(typeof(AccountNumberFilteredPostPlugin));
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];

            org.Service.Update(new Entity("account", id) { ["name"] = "Viña Sur SpA" });
            var afterName = org.Activity.ExecutionsOf<AccountNumberFilteredPostPlugin>().Count;
            org.Service.Update(new Entity("account", id) { ["accountnumber"] = "A-1" });

            Assert.AreEqual("PRE", org.Inspect("account", id)!.GetAttributeValue<string>("accountnumber"));
            Assert.AreEqual(0, afterName);
            Assert.AreEqual(1, org.Activity.ExecutionsOf<AccountNumberFilteredPostPlugin>().Count);
        }

        [TestMethod]
        public void WithFiltersOnTheFinalTargetAColumnAPreOperationStepAddsFiresALaterStep()
        {
            var org = TestOrganization.Create(filtersSeeCallerColumnsOnly: false);
            org.RegisterPluginsFrom(typeof(TargetRewritePlugin));
            org.RegisterPluginsFrom(typeof(AccountNumberFilteredPostPlugin));
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];

            org.Service.Update(new Entity("account", id) { ["name"] = "Viña Sur SpA" });

            Assert.AreEqual(1, org.Activity.ExecutionsOf<AccountNumberFilteredPostPlugin>().Count);
        }

        [TestMethod]
        public void ANestedCallRunsOneLevelDeeperAsTheServicesUserKeepingTheInitiatingUserAndParentContext()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(ContactForNewAccountPlugin));
            org.RegisterPluginsFrom(typeof(ContextProbePlugin));

            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });

            Assert.AreEqual($"depth 2 user {org.SystemUserId} initiating {org.CallerId} parent Create account", org.Activity.TracesOf<ContextProbePlugin>().Single());
            var contact = org.InspectAll("contact").Single();
            Assert.AreEqual("Contacto de Viña Sur", contact.GetAttributeValue<string>("fullname"));
            Assert.AreEqual(org.SystemUserId, contact.GetAttributeValue<EntityReference>("createdby").Id);
        }

        [TestMethod]
        public void AnExceptionInASynchronousStepRollsBackTheOperationAndTheNestedPluginsWrites()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(ContactForNewAccountPlugin));
            org.RegisterPluginsFrom(typeof(RefusingPlugin));

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" }));

            Assert.AreEqual(RefusingPlugin.Refusal, fault.Message);
            Assert.AreEqual(ErrorCodes.IsvAborted, fault.ErrorCode);
            Assert.AreEqual("refusing", fault.TraceText);
            Assert.AreEqual(0, org.InspectAll("account").Count);
            Assert.AreEqual(0, org.InspectAll("contact").Count);
        }

        [TestMethod]
        public void AnyOtherExceptionReachesTheCallerAsUnexpectedExceptionFromPlugIn()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(NullReferencePlugin));

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" }));

            Assert.AreEqual(ErrorCodes.IsvUnexpected, fault.ErrorCode);
            Assert.AreEqual(
                "An unexpected error occurred from ISV code. (ErrorType = ClientError) Unexpected exception from plug-in (Execute): "
                + typeof(NullReferencePlugin).FullName + ": System.Exception: Object reference not set to an instance of an object.",
                fault.Message);
        }

        [TestMethod]
        public void APluginThatSwallowsAFailedNestedCallFailsTheOperationLikeDataverse()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(SwallowingPlugin));

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" }));

            StringAssert.StartsWith(fault.Message, "ISV code reduced the open transaction count.");
            Assert.AreEqual(0, org.InspectAll("account").Count);
        }

        [TestMethod]
        public void WritesOfAnOutermostPreValidationStepAreNotRolledBackBecauseTheyRanOutsideTheTransaction()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(PreValidationContactPlugin));
            org.RegisterPluginsFrom(typeof(RefusingPlugin));

            Faults.Of(() => org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" }));

            Assert.AreEqual(0, org.InspectAll("account").Count);
            Assert.AreEqual("Creado en PreValidation", org.InspectAll("contact").Single().GetAttributeValue<string>("fullname"));
        }

        [TestMethod]
        public void AStepThatKeepsTriggeringItselfStopsAtTheMaximumDepth()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(SelfUpdatingPlugin));
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["numberofemployees"] = 0 })[0];

            var fault = Faults.Of(() => org.Service.Update(new Entity("account", id) { ["numberofemployees"] = 1 }));

            StringAssert.StartsWith(fault.Message, "This workflow job was canceled because the workflow that started it included an infinite loop.");
            Assert.AreEqual(0, org.Inspect("account", id)!.GetAttributeValue<int>("numberofemployees"));
            Assert.AreEqual(8, org.Activity.Steps.Max(s => s.Depth));
        }

        [TestMethod]
        public void TheStepsPluginInstanceIsCreatedOnceAndSharedByEveryExecution()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(ExecutionCounterPlugin));

            org.Service.Create(new Entity("account") { ["name"] = "A" });
            org.Service.Create(new Entity("account") { ["name"] = "B" });

            CollectionAssert.AreEqual(new[] { "execution 1", "execution 2" }, org.Activity.TracesOf<ExecutionCounterPlugin>().ToArray());
        }
    }
}
