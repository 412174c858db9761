using ProChile.Crm.Rules.BehaviourNotes;

namespace ProChile.Crm.Rules.Tests.BehaviourNotes
{
    [TestClass]
    public sealed class NoteWarrantTests
    {
        [TestMethod]
        public void N1_CompanyThatMissesAConfirmedAgendaWithoutExcuseGetsANote()
        {
            var decision = NoteWarrant.ForConfirmedAgenda(agendaConfirmedByCommercialOffice: true, companyTravelledOrAttended: false, claim: null);

            Assert.IsTrue(decision.NoteRequired);
            Assert.AreEqual(
                "Corresponde dejar una nota de comportamiento en la bitácora de CRM: la empresa no viajó o no asistió a la agenda confirmada y no presentó razones de caso fortuito o fuerza mayor.",
                decision.Reason.Text);
        }

        [TestMethod]
        public void N1_ForceMajeureExemptsTheCompany()
        {
            var decision = NoteWarrant.ForConfirmedAgenda(true, false, new ForceMajeureClaim(outsideCompanysWill: true, unforeseeable: true, unavoidable: true));

            Assert.IsFalse(decision.NoteRequired);
            Assert.AreEqual("N1.ForceMajeure", decision.Reason.Code);
        }

        [TestMethod]
        public void N1_CauseThatCouldBeForeseenIsNotForceMajeure()
        {
            var decision = NoteWarrant.ForConfirmedAgenda(true, false, new ForceMajeureClaim(outsideCompanysWill: true, unforeseeable: false, unavoidable: true));

            Assert.IsTrue(decision.NoteRequired);
            StringAssert.EndsWith(decision.Reason.Text, "la causa que invocó no es caso fortuito o fuerza mayor: pudo preverse.");
        }

        [TestMethod]
        public void N1_CompanyThatAttendedGetsNoNote()
        {
            Assert.AreEqual("N1.Attended", NoteWarrant.ForConfirmedAgenda(true, true, null).Reason.Code);
        }

        [TestMethod]
        public void N1_AgendaTheCommercialOfficeDidNotConfirmGivesNoNote()
        {
            var decision = NoteWarrant.ForConfirmedAgenda(agendaConfirmedByCommercialOffice: false, companyTravelledOrAttended: false, claim: null);

            Assert.IsFalse(decision.NoteRequired);
            Assert.AreEqual("N1.AgendaNotConfirmed", decision.Reason.Code);
        }
    }
}
