using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.Solution.Tests.Fixtures
{
    /// <summary>A plugin fixture declaring a Custom API bound to pch_request, with one optional parameter and one property.</summary>
    [CustomApi("pch_FixtureReprogramar", "Reprogramar solicitud", "Reschedule request", "Fixture: mueve el plazo.", "Fixture: moves the deadline.",
        Binding = CustomApiBinding.Entity, BoundEntity = Request.EntityLogicalName, ExecutePrivilegeName = "prvWritepch_Setting", StepsAllowed = CustomApiStepsAllowed.AsyncOnly)]
    [CustomApiRequest("Dias", CustomApiType.Integer, "Días", "Days", "Días a mover.", "Days to move.", IsOptional = true)]
    [CustomApiResponse("Resultado", CustomApiType.String, "Resultado", "Result", "Qué pasó.", "What happened.")]
    public sealed class FixtureCustomApiPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("fixture");
    }
}
