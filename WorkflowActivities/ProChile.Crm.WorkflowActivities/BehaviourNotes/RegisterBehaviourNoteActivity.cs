using System;
using System.Activities;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.BehaviourNotes;
using BehaviourNote = ProChile.Crm.Dataverse.Schema.BehaviourNote;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.BehaviourNotes
{
    /// <summary>
    /// N1: after an agenda the commercial office confirmed, a company that did not travel or attend gets a
    /// behaviour note in its CRM log, unless the cause was force majeure (all of: outside its will, unforeseeable,
    /// unavoidable). The rules decide (<see cref="NoteWarrant"/>); this writes the note as a draft, which the
    /// executive then notifies (N2, the behaviour note plugin takes it from there). A process that runs twice for
    /// the same company and agenda finds the note it left and creates no second one. Service calls: none when no
    /// note is due; 1 query and 1 Create for a new note; 1 query when it already exists.
    /// </summary>
    [WorkflowActivity("Registrar nota de comportamiento",
        "N1: deja una nota de comportamiento (borrador) a la empresa que no viajó o no asistió a la agenda confirmada por la oficina comercial, salvo caso fortuito o fuerza mayor; indica por qué corresponde o no.")]
    public sealed class RegisterBehaviourNoteActivity : ProChileActivity
    {
        /// <summary>pch_agenda's length in the solution.</summary>
        public const int AgendaMaxLength = BehaviourNote.AgendaMaxLength;

        /// <summary>pch_reason's (memo) length in the solution.</summary>
        public const int FactsMaxLength = BehaviourNote.ReasonMaxLength;

        [RequiredArgument]
        [Input("Empresa")]
        [ReferenceTarget(Account.EntityLogicalName)]
        public InArgument<EntityReference> Company { get; set; } = new InArgument<EntityReference>();

        [RequiredArgument]
        [Input("Agenda confirmada")]
        public InArgument<string> Agenda { get; set; } = new InArgument<string>();

        [Input("Agenda confirmada por la oficina comercial")]
        public InArgument<bool> AgendaConfirmed { get; set; } = new InArgument<bool>();

        [Input("La empresa viajó o asistió")]
        public InArgument<bool> Attended { get; set; } = new InArgument<bool>();

        [Input("Hechos")]
        public InArgument<string> Facts { get; set; } = new InArgument<string>();

        [Input("Invocó caso fortuito o fuerza mayor")]
        public InArgument<bool> ClaimsForceMajeure { get; set; } = new InArgument<bool>();

        [Input("Causa ajena a su voluntad")]
        public InArgument<bool> OutsideCompanysWill { get; set; } = new InArgument<bool>();

        [Input("Causa imprevisible")]
        public InArgument<bool> Unforeseeable { get; set; } = new InArgument<bool>();

        [Input("Causa inevitable")]
        public InArgument<bool> Unavoidable { get; set; } = new InArgument<bool>();

        [Output("Corresponde nota")]
        public OutArgument<bool> NoteRequired { get; set; } = new OutArgument<bool>();

        [Output("Nota creada")]
        public OutArgument<bool> NoteCreated { get; set; } = new OutArgument<bool>();

        [Output("Nota de comportamiento")]
        [ReferenceTarget(BehaviourNote.EntityLogicalName)]
        public OutArgument<EntityReference> Note { get; set; } = new OutArgument<EntityReference>();

        [Output("Motivo")]
        public OutArgument<string> Reason { get; set; } = new OutArgument<string>();

        protected override void Run(ActivityRun run)
        {
            var company = run.RequireReference(Company, Account.EntityLogicalName, "una cuenta (empresa)");
            var agenda = RequireText(run, Agenda, AgendaMaxLength, "la agenda que la oficina comercial confirmó (fecha y reuniones)");
            var claim = run.Get(ClaimsForceMajeure)
                ? new ForceMajeureClaim(run.Get(OutsideCompanysWill), run.Get(Unforeseeable), run.Get(Unavoidable))
                : null;
            var decision = NoteWarrant.ForConfirmedAgenda(run.Get(AgendaConfirmed), run.Get(Attended), claim);
            run.Set(NoteRequired, decision.NoteRequired);
            run.Set(Reason, decision.Reason.Text);
            if (!decision.NoteRequired)
            {
                return;
            }
            var facts = RequireText(run, Facts, FactsMaxLength, "lo que ocurrió: a qué no asistió la empresa y qué explicó");
            // Idempotence must see a note left for this agenda by anyone, not only what the user may read.
            var existing = FindNote(run.SystemService, company.Id, agenda);
            if (existing != null)
            {
                run.Set(Note, existing);
                run.Trace("N1: la nota {0} ya existe para esta agenda; no se crea otra.", existing.Id);
                return;
            }
            var id = run.UserService.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = ColumnText.Fit("Nota de comportamiento: " + agenda, BehaviourNote.NameMaxLength),
                [BehaviourNote.AccountId] = company,
                [BehaviourNote.Agenda] = agenda,
                [BehaviourNote.Reason] = facts,
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Draft),
            });
            run.Set(Note, new EntityReference(BehaviourNote.EntityLogicalName, id));
            run.Set(NoteCreated, true);
        }

        // A note for this company and agenda that is still active: what a second run of the same process left.
        private static EntityReference? FindNote(IOrganizationService service, Guid companyId, string agenda)
        {
            var query = new QueryExpression(BehaviourNote.EntityLogicalName) { ColumnSet = new ColumnSet(BehaviourNote.PrimaryId), TopCount = 1 };
            query.Criteria.AddCondition(BehaviourNote.AccountId, ConditionOperator.Equal, companyId);
            query.Criteria.AddCondition(BehaviourNote.Agenda, ConditionOperator.Equal, agenda);
            query.Criteria.AddCondition(BehaviourNote.StateCode, ConditionOperator.Equal, 0);
            return service.RetrieveMultiple(query).Entities.Select(e => e.ToEntityReference()).FirstOrDefault();
        }

        // Nothing is cut: a text longer than its column is refused with the limit, so the executive can shorten it.
        private static string RequireText(ActivityRun run, InArgument<string> argument, int maxLength, string expected)
        {
            var text = run.Require(argument, expected).Trim();
            if (text.Length > maxLength)
            {
                throw new ActivityInputException(run.LabelOf(argument), text,
                    $"«{run.LabelOf(argument)}» tiene {text.Length} caracteres; se aceptan hasta {maxLength}.");
            }
            return text;
        }
    }
}
