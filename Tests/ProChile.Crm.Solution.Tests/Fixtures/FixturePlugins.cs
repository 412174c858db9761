using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Solution.Tests.Fixtures
{
    /// <summary>A plugin fixture declaring one Update step with filtering columns and a pre-image.</summary>
    [PluginStep(MessageName.Update, Account.EntityLogicalName, PipelineStage.PreOperation,
        FilteringAttributes = new[] { Account.FollowUpOptOut, Account.Category },
        PreImageAttributes = new[] { Account.Category, Account.FollowUpOptOutLocked },
        Description = "C5: fixture step")]
    public sealed class FixtureOptOutPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("fixture");
    }

    /// <summary>A plugin fixture declaring two steps (Create and an asynchronous post-operation Update with a post-image).</summary>
    [PluginStep(MessageName.Create, Request.EntityLogicalName, PipelineStage.PreOperation)]
    [PluginStep(MessageName.Update, Request.EntityLogicalName, PipelineStage.PostOperation, Mode = StepMode.Asynchronous, Rank = 2,
        FilteringAttributes = new[] { Request.AnsweredOn }, PostImageAttributes = new[] { Request.Due, Request.AnsweredOn }, AsyncAutoDelete = true)]
    public sealed class FixtureDeadlinePlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("fixture");
    }

    /// <summary>Abstract: a base class is no plugin type and registers nothing.</summary>
    public abstract class FixturePluginBase : IPlugin
    {
        public abstract void Execute(IServiceProvider serviceProvider);
    }

    /// <summary>A concrete plugin through a base class in the same assembly: still a plugin type, no steps.</summary>
    public sealed class FixtureDerivedPlugin : FixturePluginBase
    {
        public override void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("fixture");
    }
}

namespace System.Activities
{
    /// <summary>
    /// Stand-in for System.Activities.CodeActivity, which the reference contracts do not declare yet: the
    /// reader recognises workflow activities by the base class's full name, so this exercises the same path.
    /// </summary>
    public abstract class CodeActivity
    {
    }
}

namespace ProChile.Crm.WorkflowActivities.Registration
{
    /// <summary>
    /// Stand-in for the activities' declaration attribute (this test project does not reference that assembly):
    /// the reader matches it by full name, and takes an unset Group from <see cref="ActivityGroup.Name"/> beside it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class WorkflowActivityAttribute : Attribute
    {
        public WorkflowActivityAttribute(string friendlyName, string description)
        {
            FriendlyName = friendlyName;
            Description = description;
        }

        public string FriendlyName { get; }

        public string Description { get; }

        public string Group { get; set; } = ActivityGroup.Name;
    }

    /// <summary>Stand-in for the default group; a different value than the real one, so the test sees it is read from here.</summary>
    public static class ActivityGroup
    {
        public const string Name = "ProChile Fixtures";
    }
}

namespace ProChile.Crm.Solution.Tests.Fixtures
{
    using ProChile.Crm.WorkflowActivities.Registration;

    /// <summary>A workflow activity fixture (non-abstract CodeActivity subclass) in the default group.</summary>
    [WorkflowActivity("Actividad de prueba", "D1: fixture activity")]
    public sealed class FixtureActivity : System.Activities.CodeActivity
    {
    }

    /// <summary>A workflow activity fixture that names its group.</summary>
    [WorkflowActivity("Otra actividad de prueba", "C5: fixture activity with its own group", Group = "ProChile Otros")]
    public sealed class FixtureGroupedActivity : System.Activities.CodeActivity
    {
    }

    /// <summary>Holds an activity without a declaration; nested, so the assembly reader (top-level types) does not list it.</summary>
    public static class UndeclaredActivities
    {
        public sealed class UndeclaredActivity : System.Activities.CodeActivity
        {
        }
    }

    /// <summary>Abstract activity: not listed.</summary>
    public abstract class FixtureAbstractActivity : System.Activities.CodeActivity
    {
    }
}
