using System.Linq;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>Proves the surface check can fail, and says what it reports when it does.</summary>
    [TestClass]
    public sealed class SurfaceComparerTests
    {
        private static readonly ApiListing Official = ApiListing.Load("microsoft.xrm.sdk-9.2.47.txt");
        private static readonly ApiListing NoProtected = new ApiListing("none", new string[0]);

        [TestMethod]
        public void AMemberTheSdkLacks_IsReportedByItsLine()
        {
            var contract = new[] { new ApiLine("M:Microsoft.Xrm.Sdk.Entity.Frobnicate -> System.Void") };

            var mismatches = SurfaceComparer.FindUnofficial(contract, Official, NoProtected);

            Assert.AreEqual(1, mismatches.Count);
            Assert.AreEqual("M:Microsoft.Xrm.Sdk.Entity.Frobnicate -> System.Void", mismatches[0].Line.Text);
            Assert.IsFalse(mismatches[0].IsDeclaredDifferently);
            StringAssert.Contains(mismatches[0].Describe(), "the official assembly has nothing of that name");
        }

        [TestMethod]
        public void AMemberWithAnotherSignature_IsReportedWithTheOfficialDeclaration()
        {
            // GetAttributeValue is virtual in the SDK; a non-virtual one would bind to nothing.
            var contract = new[] { new ApiLine("M:Microsoft.Xrm.Sdk.Entity.GetAttributeValue``1(System.String) -> ``0") };

            var mismatches = SurfaceComparer.FindUnofficial(contract, Official, NoProtected);

            Assert.AreEqual(1, mismatches.Count);
            CollectionAssert.AreEqual(
                new[] { "M:Microsoft.Xrm.Sdk.Entity.GetAttributeValue``1(System.String) -> ``0 virtual" },
                mismatches[0].OfficialLinesOfSameName.ToArray());
            StringAssert.Contains(mismatches[0].Describe(), "declared differently; official:\n        M:Microsoft.Xrm.Sdk.Entity.GetAttributeValue``1(System.String) -> ``0 virtual");
        }

        [TestMethod]
        public void ATestOnlyTypeInTheSdkNamespace_IsReportedWithEachOfItsMembers()
        {
            var surface = ContractSurface.Of(typeof(Microsoft.Xrm.Sdk.EntityWithHelpers));

            var mismatches = SurfaceComparer.FindUnofficial(surface, Official, NoProtected);

            CollectionAssert.AreEqual(
                new[]
                {
                    "M:Microsoft.Xrm.Sdk.EntityWithHelpers.#ctor",
                    "M:Microsoft.Xrm.Sdk.EntityWithHelpers.Describe -> System.String",
                    "P:Microsoft.Xrm.Sdk.EntityWithHelpers.Label -> System.String {get;set;}",
                    "T:Microsoft.Xrm.Sdk.EntityWithHelpers class : Microsoft.Xrm.Sdk.Entity [System.Runtime.Serialization.IExtensibleDataObject]",
                },
                mismatches.Select(m => m.Line.Text).ToArray());
            var report = SurfaceComparer.Report(mismatches, "Microsoft.Xrm.Sdk", Official);
            StringAssert.StartsWith(report, "4 public member(s) of our Microsoft.Xrm.Sdk contract are not in the official microsoft.xrm.sdk-9.2.47.txt");
            StringAssert.Contains(report, "  M:Microsoft.Xrm.Sdk.EntityWithHelpers.Describe -> System.String\n");
        }

        [TestMethod]
        public void ATypeWithAnInterfaceTheSdkTypeLacks_IsReported()
        {
            var contract = new[] { new ApiLine("T:Microsoft.Xrm.Sdk.Money sealed class : System.Object [System.IComparable, System.Runtime.Serialization.IExtensibleDataObject]") };

            var mismatches = SurfaceComparer.FindUnofficial(contract, Official, NoProtected);

            Assert.AreEqual(1, mismatches.Count);
            CollectionAssert.AreEqual(
                new[] { "T:Microsoft.Xrm.Sdk.Money sealed class : System.Object [System.Runtime.Serialization.IExtensibleDataObject]" },
                mismatches[0].OfficialLinesOfSameName.ToArray());
        }

        [TestMethod]
        public void ATypeWithAnotherBaseType_IsReported()
        {
            var contract = new[] { new ApiLine("T:Microsoft.Xrm.Sdk.ParameterCollection class : System.Object") };

            var mismatches = SurfaceComparer.FindUnofficial(contract, Official, NoProtected);

            Assert.AreEqual(1, mismatches.Count);
        }

        [TestMethod]
        public void InterfacesBroughtByAFrameworkBaseType_AreLeftToTheRuntime()
        {
            // On modern .NET System.Enum also implements ISpanFormattable; .NET Framework 4.6.2 (the listing) does not.
            var contract = new[]
            {
                new ApiLine(
                    "T:Microsoft.Xrm.Sdk.EntityRole enum [System.IComparable, System.IConvertible, System.IFormattable, System.ISpanFormattable]",
                    isProtected: false,
                    platformInterfaces: new[] { "System.IComparable", "System.IConvertible", "System.IFormattable", "System.ISpanFormattable" }),
            };

            Assert.AreEqual(0, SurfaceComparer.FindUnofficial(contract, Official, NoProtected).Count);
        }

        [TestMethod]
        public void AProtectedMember_IsHeldToTheDocumentedProtectedMembers_NotToThePublicListing()
        {
            var documented = new ApiListing("protected", new[] { "M:Microsoft.Xrm.Sdk.Entity.OnChanged -> System.Void virtual" });
            var contract = new[]
            {
                new ApiLine("M:Microsoft.Xrm.Sdk.Entity.OnChanged -> System.Void virtual", isProtected: true),
                new ApiLine("M:Microsoft.Xrm.Sdk.Entity.Contains(System.String) -> System.Boolean", isProtected: true),
            };

            var mismatches = SurfaceComparer.FindUnofficial(contract, Official, documented);

            Assert.AreEqual(1, mismatches.Count);
            Assert.AreEqual("M:Microsoft.Xrm.Sdk.Entity.Contains(System.String) -> System.Boolean", mismatches[0].Line.Text);
            StringAssert.Contains(mismatches[0].Describe(), "(protected)");
        }
    }
}

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A test-only type the real SDK does not have: the surface check must report it.</summary>
    public class EntityWithHelpers : Entity
    {
        public string Label { get; set; } = string.Empty;

        public string Describe() => LogicalName + ":" + Label;
    }
}
