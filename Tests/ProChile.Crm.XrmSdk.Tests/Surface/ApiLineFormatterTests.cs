using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>The formatter writes exactly the official line for each shape of member.</summary>
    [TestClass]
    public sealed class ApiLineFormatterTests
    {
        [TestMethod]
        public void AGenericVirtualMethod_IsWrittenWithItsArityAndMethodTypeParameter()
        {
            var method = typeof(Entity).GetMethod(nameof(Entity.GetAttributeValue))!;

            Assert.AreEqual("M:Microsoft.Xrm.Sdk.Entity.GetAttributeValue``1(System.String) -> ``0 virtual", ApiLineFormatter.MethodLine(method));
        }

        [TestMethod]
        public void AnOutParameterOfTheTypesOwnParameter_IsWrittenWithAtSign()
        {
            var method = typeof(DataCollection<,>).GetMethod("TryGetValue")!;

            Assert.AreEqual("M:Microsoft.Xrm.Sdk.DataCollection`2.TryGetValue(`0,`1@) -> System.Boolean", ApiLineFormatter.MethodLine(method));
        }

        [TestMethod]
        public void AConstructor_IsWrittenAsHashCtorWithItsParameters()
        {
            var constructor = typeof(Entity).GetConstructor(new[] { typeof(string), typeof(System.Guid) })!;

            Assert.AreEqual("M:Microsoft.Xrm.Sdk.Entity.#ctor(System.String,System.Guid)", ApiLineFormatter.MethodLine(constructor));
        }

        [TestMethod]
        public void AnIndexer_IsWrittenAsItemWithItsIndexParameters()
        {
            var indexer = typeof(Entity).GetProperty("Item")!;

            Assert.AreEqual("P:Microsoft.Xrm.Sdk.Entity.Item(System.String) -> System.Object {get;set;}", ApiLineFormatter.PropertyLine(indexer));
        }

        [TestMethod]
        public void AGetOnlyPropertyOfAClosedGeneric_IsWrittenWithBraces()
        {
            var property = typeof(FilterExpression).GetProperty(nameof(FilterExpression.Conditions))!;

            Assert.AreEqual(
                "P:Microsoft.Xrm.Sdk.Query.FilterExpression.Conditions -> Microsoft.Xrm.Sdk.DataCollection{Microsoft.Xrm.Sdk.Query.ConditionExpression} {get;}",
                ApiLineFormatter.PropertyLine(property));
        }

        [TestMethod]
        public void ANullableProperty_IsWrittenAsSystemNullable()
        {
            var property = typeof(CreateResponse).GetProperty(nameof(CreateResponse.id))!;

            Assert.AreEqual("P:Microsoft.Xrm.Sdk.Messages.CreateResponse.id -> System.Guid {get;}", ApiLineFormatter.PropertyLine(property));
            Assert.AreEqual(
                "P:Microsoft.Xrm.Sdk.Entity.EntityState -> System.Nullable{Microsoft.Xrm.Sdk.EntityState} {get;set;}",
                ApiLineFormatter.PropertyLine(typeof(Entity).GetProperty(nameof(Entity.EntityState))!));
        }

        [TestMethod]
        public void AnEnumMember_IsWrittenWithItsNumericValueAndNoStatic()
        {
            var field = typeof(ConditionOperator).GetField(nameof(ConditionOperator.OnOrAfter))!;

            Assert.AreEqual("F:Microsoft.Xrm.Sdk.Query.ConditionOperator.OnOrAfter -> Microsoft.Xrm.Sdk.Query.ConditionOperator = 27", ApiLineFormatter.FieldLine(field));
        }

        [TestMethod]
        public void AnInterfaceMember_IsAbstract()
        {
            var method = typeof(IOrganizationService).GetMethod(nameof(IOrganizationService.Create))!;

            Assert.AreEqual("M:Microsoft.Xrm.Sdk.IOrganizationService.Create(Microsoft.Xrm.Sdk.Entity) -> System.Guid abstract", ApiLineFormatter.MethodLine(method));
        }

        [TestMethod]
        public void AStaticGenericMethod_IsWrittenWithStatic()
        {
            var method = typeof(System.Activities.WorkflowInvoker).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.IsGenericMethodDefinition && m.GetParameters().Length == 1);

            Assert.AreEqual(
                "M:System.Activities.WorkflowInvoker.Invoke``1(System.Activities.Activity{``0}) -> ``0 static",
                ApiLineFormatter.MethodLine(method));
        }

        [TestMethod]
        public void AGenericTypeDefinition_IsWrittenWithItsBaseAndSortedInterfaces()
        {
            Assert.AreEqual(
                "T:Microsoft.Xrm.Sdk.DataCollection`2 abstract class : System.Object [System.Collections.Generic.IEnumerable{System.Collections.Generic.KeyValuePair{`0,`1}}, System.Collections.IEnumerable]",
                ApiLineFormatter.TypeLine(typeof(DataCollection<,>)));
        }

        [TestMethod]
        public void AnInterfaceType_ListsTheInterfacesItExtends()
        {
            Assert.AreEqual(
                "T:Microsoft.Xrm.Sdk.IPluginExecutionContext2 interface [Microsoft.Xrm.Sdk.IExecutionContext, Microsoft.Xrm.Sdk.IPluginExecutionContext]",
                ApiLineFormatter.TypeLine(typeof(IPluginExecutionContext2)));
        }
    }
}
