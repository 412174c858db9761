using System.Reflection;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.XrmSdk.Tests.Activities;

namespace ProChile.Crm.XrmSdk.Tests.Workflow
{
    /// <summary>The designer attributes of an activity's arguments read back as declared.</summary>
    [TestClass]
    public sealed class WorkflowAttributesTests
    {
        [TestMethod]
        public void InputAndOutput_CarryTheDesignerName()
        {
            var type = typeof(GreetAccountActivity);

            Assert.AreEqual("Nombre", type.GetProperty(nameof(GreetAccountActivity.PersonName))!.GetCustomAttribute<InputAttribute>()!.Name);
            Assert.AreEqual("Mensaje", type.GetProperty(nameof(GreetAccountActivity.Message))!.GetCustomAttribute<OutputAttribute>()!.Name);
            Assert.IsInstanceOfType<ParameterAttribute>(type.GetProperty(nameof(GreetAccountActivity.Message))!.GetCustomAttribute<OutputAttribute>());
        }

        [TestMethod]
        public void ReferenceTargetAndDefault_CarryTheirValues()
        {
            var type = typeof(GreetAccountActivity);

            Assert.AreEqual("account", type.GetProperty(nameof(GreetAccountActivity.Account))!.GetCustomAttribute<ReferenceTargetAttribute>()!.EntityName);
            var defaultValue = type.GetProperty(nameof(GreetAccountActivity.Salutation))!.GetCustomAttribute<DefaultAttribute>()!;
            Assert.AreEqual("Hola", defaultValue.Value);
            Assert.IsNull(defaultValue.EntityName);
        }

        [TestMethod]
        public void AttributeTarget_NamesTableAndColumn()
        {
            var target = new AttributeTargetAttribute("contact", "prochile_segment");

            Assert.AreEqual("contact", target.EntityName);
            Assert.AreEqual("prochile_segment", target.AttributeName);
        }

        [TestMethod]
        public void ArgumentAttributes_ExposeTheirValueAsTheArgumentValue()
        {
            IWorkflowArgument required = new ArgumentRequiredAttribute(true);
            IWorkflowArgument direction = new ArgumentDirectionAttribute(ArgumentDirection.Output);

            Assert.AreEqual(true, required.ArgumentValue);
            Assert.AreEqual(ArgumentDirection.Output, direction.ArgumentValue);
        }
    }
}
