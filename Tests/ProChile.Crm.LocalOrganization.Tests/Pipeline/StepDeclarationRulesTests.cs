using System;

namespace ProChile.Crm.LocalOrganization.Tests.Pipeline
{
    [TestClass]
    public sealed class StepDeclarationRulesTests
    {
        [TestMethod]
        public void AnAsynchronousStepOutsidePostOperationCannotBeRegistered()
        {
            var org = TestOrganization.Create();

            var error = Assert.ThrowsExactly<InvalidOperationException>(() => org.RegisterPluginsFrom(typeof(AsyncPreOperationPlugin)));

            StringAssert.Contains(error.Message, "asynchronous steps can only be registered in PostOperation (40)");
        }

        [TestMethod]
        public void APreImageOnCreateAndAFilteringColumnTheTableLacksAreBothReported()
        {
            var org = TestOrganization.Create();

            var error = Assert.ThrowsExactly<InvalidOperationException>(() => org.RegisterPluginsFrom(typeof(BadlyDeclaredPlugin)));

            StringAssert.Contains(error.Message, "a pre-image is available only for Update and Delete, not Create");
            StringAssert.Contains(error.Message, "'account' has no column 'nombre'");
        }

        [TestMethod]
        public void AStepOnAnUndeclaredTableCannotBeRegistered()
        {
            var org = new LocalOrganization();

            var error = Assert.ThrowsExactly<InvalidOperationException>(() => org.RegisterPluginsFrom(typeof(RankOnePlugin)));

            StringAssert.Contains(error.Message, "table 'account' is not declared");
        }

        [TestMethod]
        public void RegisteringFromAnAssemblyChecksEveryDeclarationAndRefusesABadOne()
        {
            var org = TestOrganization.Create();

            var error = Assert.ThrowsExactly<InvalidOperationException>(() => org.RegisterPluginsFrom(typeof(RankOnePlugin).Assembly));

            // The test assembly deliberately holds badly declared plugins; the first one found stops registration.
            StringAssert.Contains(error.Message, "cannot be registered");
        }
    }
}
