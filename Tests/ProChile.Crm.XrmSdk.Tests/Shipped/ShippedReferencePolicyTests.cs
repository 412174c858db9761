using System;
using ProChile.Crm.Cli.Inspection;

namespace ProChile.Crm.XrmSdk.Tests.Shipped
{
    [TestClass]
    public sealed class ShippedReferencePolicyTests
    {
        [TestMethod]
        public void TheSdkWithMicrosoftsIdentity_IsAllowed()
        {
            Assert.IsTrue(ShippedReferencePolicy.IsAllowed(Reference("Microsoft.Xrm.Sdk", "9.0.0.0", "31bf3856ad364e35")));
            Assert.IsTrue(ShippedReferencePolicy.IsAllowed(Reference("Microsoft.Xrm.Sdk.Workflow", "9.0.0.0", "31bf3856ad364e35")));
        }

        [TestMethod]
        public void TheSdkWithAnotherVersionOrKey_IsRefused()
        {
            Assert.IsFalse(ShippedReferencePolicy.IsAllowed(Reference("Microsoft.Xrm.Sdk", "9.0.2.56", "31bf3856ad364e35")));
            Assert.IsFalse(ShippedReferencePolicy.IsAllowed(Reference("Microsoft.Xrm.Sdk", "9.0.0.0", "null")));
        }

        [TestMethod]
        public void TheNetFramework_IsAllowed()
        {
            Assert.IsTrue(ShippedReferencePolicy.IsAllowed(Reference("mscorlib", "4.0.0.0", "b77a5c561934e089")));
            Assert.IsTrue(ShippedReferencePolicy.IsAllowed(Reference("System.Activities", "4.0.0.0", "31bf3856ad364e35")));
            Assert.IsTrue(ShippedReferencePolicy.IsAllowed(Reference("System.Runtime.Serialization", "4.0.0.0", "b77a5c561934e089")));
        }

        [TestMethod]
        public void ModernDotNetNetStandardAndLibraries_AreRefused()
        {
            Assert.IsFalse(ShippedReferencePolicy.IsAllowed(Reference("System.Runtime", "10.0.0.0", "b03f5f7f11d50a3a")));
            Assert.IsFalse(ShippedReferencePolicy.IsAllowed(Reference("netstandard", "2.0.0.0", "cc7b13ffcd2ddd51")));
            Assert.IsFalse(ShippedReferencePolicy.IsAllowed(Reference("Newtonsoft.Json", "13.0.0.0", "30ad4fe6b2a6aeed")));
            Assert.IsFalse(ShippedReferencePolicy.IsAllowed(Reference("ProChile.Crm.Rules", "1.0.0.0", "null")));
        }

        private static AssemblyReference Reference(string name, string version, string token) => new AssemblyReference(name, Version.Parse(version), "neutral", token);
    }
}
