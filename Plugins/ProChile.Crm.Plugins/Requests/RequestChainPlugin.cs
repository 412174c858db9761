using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Process;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Plugins.Requests
{
    /// <summary>
    /// S2, S11, S12: the protocol as a process. Answering (recording the contact on) an S1, S3 or S5 request opens
    /// the S2 request for the same company and office, starting at the contact instant; answering an S9 or S10
    /// demand opens the S11 or S12 follow-up for the same commercial office, starting at the answer instant. The
    /// successor points to its predecessor and the predecessor to its successor; a request that already has one
    /// opens nothing more. Clearing the answer cancels (deactivates) a successor nobody answered and is refused
    /// otherwise. The decision is the rules' <see cref="RequestChain"/>, taken from the images: the rule comes from
    /// the post-image, where the deadline step's PreOperation choice already sits. The successor's deadline is
    /// computed by <see cref="RequestDeadlinePlugin"/> when it is created.
    /// Synchronous, so the user sees the successor on the same save and a refused undo rolls the save back.
    /// Budget: opening, 1 Create + 1 Update; clearing, 1 Retrieve + 1 or 2 Updates (0 after a refusal); else 0.
    /// </summary>
    [PluginStep(MessageName.Create, Request.EntityLogicalName, PipelineStage.PostOperation,
        PostImageAttributes = new[] { Request.Name, Request.Rule, Request.AccountId, Request.Office, Request.CommercialOffice, Request.Urgency, Request.AnsweredOn, Request.Successor, Request.Owner },
        Description = "S2, S11, S12: una solicitud creada ya respondida (S1, S3, S5, S9, S10) abre la siguiente.")]
    [PluginStep(MessageName.Update, Request.EntityLogicalName, PipelineStage.PostOperation,
        FilteringAttributes = new[] { Request.AnsweredOn },
        PreImageAttributes = new[] { Request.AnsweredOn },
        PostImageAttributes = new[] { Request.Name, Request.Rule, Request.AccountId, Request.Office, Request.CommercialOffice, Request.Urgency, Request.AnsweredOn, Request.Successor, Request.Owner },
        Description = "S2, S11, S12: responder S1, S3 o S5 abre la S2; responder S9 o S10 abre la S11 o S12; borrar la respuesta cancela la siguiente si nadie la respondió.")]
    public sealed class RequestChainPlugin : PluginBase
    {
        protected override void Execute(PluginExecution execution)
        {
            var request = execution.GetRequiredPostImage();
            var ruleValue = ColumnValues.GetChoice(request, Request.Rule);
            if (ruleValue is null || !DeadlineChoices.TryGetRule(ruleValue.Value, out var rule))
            {
                execution.Trace("la solicitud no tiene regla; no abre otro plazo.");
                return;
            }
            var successorRef = ColumnValues.GetReference(request, Request.Successor);
            var before = execution.IsUpdate ? ColumnValues.GetInstant(execution.GetRequiredPreImage(), Request.AnsweredOn) : null;
            var step = RequestChain.OnSave(rule.Id, before, ColumnValues.GetInstant(request, Request.AnsweredOn), successorRef is not null);
            execution.Trace("{0}", step.Reason);
            switch (step.Kind)
            {
                case ChainStepKind.OpenSuccessor:
                    Open(execution, request, step.Successor!, step.Start!.Value);
                    break;
                case ChainStepKind.ReviewSuccessor:
                    Undo(execution, rule.Id, successorRef!);
                    break;
            }
        }

        private static void Open(PluginExecution execution, Entity predecessor, DeadlineRule successorRule, DateTime start)
        {
            var successor = RequestChainRows.Successor(predecessor, execution.PrimaryId, successorRule, start);
            // SYSTEM: the successor is owned by the predecessor's owner (who owes it), which the caller may not assign by hand.
            var successorId = execution.SystemService.Create(successor);
            // SYSTEM: the chain's link is bookkeeping; the column is not the user's to write.
            execution.SystemService.Update(new Entity(Request.EntityLogicalName, execution.PrimaryId)
            {
                [Request.Successor] = new EntityReference(Request.EntityLogicalName, successorId),
            });
            execution.Trace("{0} abierta: {1}.", successorRule.Id, successorId);
        }

        private static void Undo(PluginExecution execution, string ruleId, EntityReference successorRef)
        {
            // SYSTEM: the decision needs the successor's answer and state whoever owns it.
            var successor = execution.SystemService.Retrieve(Request.EntityLogicalName, successorRef.Id,
                new ColumnSet(Request.Name, Request.AnsweredOn, Request.StateCode));
            var undo = RequestChain.Undo(ruleId, ColumnValues.GetString(successor, Request.Name) ?? successorRef.Id.ToString("D"),
                successorAnswered: ColumnValues.GetInstant(successor, Request.AnsweredOn) is not null,
                successorActive: (ColumnValues.GetChoice(successor, Request.StateCode) ?? 0) == 0);
            if (undo.Kind == UndoStepKind.Refuse)
            {
                throw new InvalidPluginExecutionException(undo.Message);
            }
            execution.Trace("{0}", undo.Message);
            if (undo.Kind == UndoStepKind.CancelSuccessor)
            {
                // SYSTEM: cancelling the successor the system opened is bookkeeping; it may belong to another executive.
                execution.SystemService.Update(new Entity(Request.EntityLogicalName, successorRef.Id)
                {
                    [Request.StateCode] = new OptionSetValue(Request.InactiveState),
                    [Request.StatusCode] = new OptionSetValue(Request.InactiveStatus),
                });
            }
            // SYSTEM: freeing the link is bookkeeping, so a new answer opens a new successor.
            execution.SystemService.Update(new Entity(Request.EntityLogicalName, execution.PrimaryId) { [Request.Successor] = null });
        }
    }
}
