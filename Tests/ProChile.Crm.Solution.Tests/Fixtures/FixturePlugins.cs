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

namespace ProChile.Crm.Solution.Tests.Fixtures
{
    /// <summary>A workflow activity fixture (non-abstract CodeActivity subclass).</summary>
    public sealed class FixtureActivity : System.Activities.CodeActivity
    {
    }

    /// <summary>Abstract activity: not listed.</summary>
    public abstract class FixtureAbstractActivity : System.Activities.CodeActivity
    {
    }
}
