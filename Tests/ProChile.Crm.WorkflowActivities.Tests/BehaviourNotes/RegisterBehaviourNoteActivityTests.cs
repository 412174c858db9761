using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.BehaviourNotes;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.BehaviourNotes
{
    [TestClass]
    public sealed class RegisterBehaviourNoteActivityTests
    {
        private const string Agenda = "Misión comercial a Shanghái, 12-06-2026: reuniones con tres importadores";
        private const string Facts = "La empresa no viajó ni avisó a la oficina comercial.";

        private static (ActivityHost Host, EntityReference Company) CompanyWithConfirmedAgenda()
        {
            var host = new ActivityHost(Utc(2026, 6, 15, 14));
            var id = host.Seed(new Entity(Account.EntityLogicalName) { [Account.Name] = "Conservas del Sur S.A." });
            return (host, new EntityReference(Account.EntityLogicalName, id));
        }

        private static Dictionary<string, object?> NoShow(EntityReference? company, string? agenda = Agenda, string? facts = Facts) => new Dictionary<string, object?>
        {
            [nameof(RegisterBehaviourNoteActivity.Company)] = company,
            [nameof(RegisterBehaviourNoteActivity.Agenda)] = agenda,
            [nameof(RegisterBehaviourNoteActivity.AgendaConfirmed)] = true,
            [nameof(RegisterBehaviourNoteActivity.Attended)] = false,
            [nameof(RegisterBehaviourNoteActivity.Facts)] = facts,
        };

        private static Dictionary<string, object?> Claiming(Dictionary<string, object?> inputs, bool outsideWill, bool unforeseeable, bool unavoidable)
        {
            inputs[nameof(RegisterBehaviourNoteActivity.ClaimsForceMajeure)] = true;
            inputs[nameof(RegisterBehaviourNoteActivity.OutsideCompanysWill)] = outsideWill;
            inputs[nameof(RegisterBehaviourNoteActivity.Unforeseeable)] = unforeseeable;
            inputs[nameof(RegisterBehaviourNoteActivity.Unavoidable)] = unavoidable;
            return inputs;
        }

        [TestMethod]
        public void N1_ANoShowAtAConfirmedAgendaWithNoExcuseLeavesADraftNoteInTheCompanysLog()
        {
            var (host, company) = CompanyWithConfirmedAgenda();

            var outputs = host.Run(new RegisterBehaviourNoteActivity(), NoShow(company));

            Assert.AreEqual(true, outputs[nameof(RegisterBehaviourNoteActivity.NoteRequired)]);
            Assert.AreEqual(true, outputs[nameof(RegisterBehaviourNoteActivity.NoteCreated)]);
            Assert.AreEqual("Corresponde dejar una nota de comportamiento en la bitácora de CRM: la empresa no viajó o no asistió a la agenda confirmada y no presentó razones de caso fortuito o fuerza mayor.",
                outputs[nameof(RegisterBehaviourNoteActivity.Reason)]);
            var note = host.Organization.InspectAll(BehaviourNote.EntityLogicalName).Single();
            Assert.AreEqual(note.Id, ((EntityReference)outputs[nameof(RegisterBehaviourNoteActivity.Note)]).Id);
            Assert.AreEqual(company.Id, note.GetAttributeValue<EntityReference>(BehaviourNote.AccountId).Id);
            Assert.AreEqual((int)Choices.NoteStatus.Draft, note.GetAttributeValue<OptionSetValue>(BehaviourNote.Status).Value);
            Assert.AreEqual(Agenda, note.GetAttributeValue<string>(BehaviourNote.Agenda));
            Assert.AreEqual(Facts, note.GetAttributeValue<string>(BehaviourNote.Reason));
            Assert.AreEqual("Nota de comportamiento: " + Agenda, note.GetAttributeValue<string>(BehaviourNote.Name));
        }

        [TestMethod]
        public void N1_ServiceCallBudgetIsOneLookForAnEarlierNoteAndOneCreate()
        {
            var (host, company) = CompanyWithConfirmedAgenda();

            host.Run(new RegisterBehaviourNoteActivity(), NoShow(company));

            Assert.AreEqual("RetrieveMultiple pch_behaviournote, Create pch_behaviournote", host.CallSummary);
        }

        [TestMethod]
        public void N1_RunningTwiceForTheSameAgendaFindsTheNoteAndCreatesNoSecond()
        {
            var (host, company) = CompanyWithConfirmedAgenda();
            var activity = new RegisterBehaviourNoteActivity();
            var first = host.Run(activity, NoShow(company));

            var second = host.Run(activity, NoShow(company));

            Assert.AreEqual(false, second[nameof(RegisterBehaviourNoteActivity.NoteCreated)]);
            Assert.AreEqual(((EntityReference)first[nameof(RegisterBehaviourNoteActivity.Note)]).Id, ((EntityReference)second[nameof(RegisterBehaviourNoteActivity.Note)]).Id);
            Assert.AreEqual("RetrieveMultiple pch_behaviournote", host.CallSummary);
            Assert.AreEqual(1, host.Organization.InspectAll(BehaviourNote.EntityLogicalName).Count);
        }

        [TestMethod]
        public void N1_ForceMajeureOutsideItsWillUnforeseeableAndUnavoidableLeavesNoNoteAndCallsNothing()
        {
            var (host, company) = CompanyWithConfirmedAgenda();

            var outputs = host.Run(new RegisterBehaviourNoteActivity(), Claiming(NoShow(company, facts: null), true, true, true));

            Assert.AreEqual(false, outputs[nameof(RegisterBehaviourNoteActivity.NoteRequired)]);
            Assert.AreEqual(null, outputs[nameof(RegisterBehaviourNoteActivity.Note)]);
            Assert.AreEqual("Sin nota de comportamiento: la empresa se excusó por caso fortuito o fuerza mayor (causa ajena a su voluntad, imprevisible e inevitable).",
                outputs[nameof(RegisterBehaviourNoteActivity.Reason)]);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void N1_AForeseeableCauseIsNotForceMajeureSoTheNoteIsLeftAndTheReasonSaysWhy()
        {
            var (host, company) = CompanyWithConfirmedAgenda();

            var outputs = host.Run(new RegisterBehaviourNoteActivity(), Claiming(NoShow(company), true, false, true));

            Assert.AreEqual(true, outputs[nameof(RegisterBehaviourNoteActivity.NoteCreated)]);
            Assert.AreEqual("Corresponde dejar una nota de comportamiento en la bitácora de CRM: la empresa no viajó o no asistió a la agenda confirmada; la causa que invocó no es caso fortuito o fuerza mayor: pudo preverse.",
                outputs[nameof(RegisterBehaviourNoteActivity.Reason)]);
        }

        [TestMethod]
        public void N1_AnAgendaTheCommercialOfficeNeverConfirmedLeavesNoNote()
        {
            var (host, company) = CompanyWithConfirmedAgenda();
            var inputs = NoShow(company);
            inputs[nameof(RegisterBehaviourNoteActivity.AgendaConfirmed)] = false;

            var outputs = host.Run(new RegisterBehaviourNoteActivity(), inputs);

            Assert.AreEqual(false, outputs[nameof(RegisterBehaviourNoteActivity.NoteRequired)]);
            Assert.AreEqual(0, host.Organization.InspectAll(BehaviourNote.EntityLogicalName).Count);
        }

        [TestMethod]
        public void AMissingAgendaIsRefusedInSpanishBeforeAnyServiceCall()
        {
            var (host, company) = CompanyWithConfirmedAgenda();

            var message = host.RunExpectingError(new RegisterBehaviourNoteActivity(), NoShow(company, agenda: "   "));

            Assert.AreEqual("«Registrar nota de comportamiento»: Falta «Agenda confirmada»; se espera la agenda que la oficina comercial confirmó (fecha y reuniones).", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void AnAgendaLongerThanItsColumnIsRefusedWithTheLimitNotCut()
        {
            var (host, company) = CompanyWithConfirmedAgenda();

            var message = host.RunExpectingError(new RegisterBehaviourNoteActivity(), NoShow(company, agenda: new string('a', 301)));

            Assert.AreEqual("«Registrar nota de comportamiento»: «Agenda confirmada» tiene 301 caracteres; se aceptan hasta 300.", message);
        }

        [TestMethod]
        public void MissingFactsAreRefusedWhenANoteIsDue()
        {
            var (host, company) = CompanyWithConfirmedAgenda();

            var message = host.RunExpectingError(new RegisterBehaviourNoteActivity(), NoShow(company, facts: null));

            Assert.AreEqual("«Registrar nota de comportamiento»: Falta «Hechos»; se espera lo que ocurrió: a qué no asistió la empresa y qué explicó.", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void AMissingCompanyIsRefusedInSpanish()
        {
            var (host, _) = CompanyWithConfirmedAgenda();

            var message = host.RunExpectingError(new RegisterBehaviourNoteActivity(), NoShow(null));

            Assert.AreEqual("«Registrar nota de comportamiento»: Falta «Empresa»; se espera una cuenta (empresa).", message);
        }
    }
}
