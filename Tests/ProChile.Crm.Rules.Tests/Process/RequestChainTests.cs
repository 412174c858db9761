using System;
using ProChile.Crm.Rules.Process;

namespace ProChile.Crm.Rules.Tests.Process
{
    [TestClass]
    public sealed class RequestChainTests
    {
        private static readonly DateTime Answered = new DateTime(2025, 3, 11, 13, 30, 0, DateTimeKind.Utc);

        [TestMethod]
        [DataRow("S1", "S2")]
        [DataRow("S3", "S2")]
        [DataRow("S5", "S2")]
        [DataRow("S9", "S11")]
        [DataRow("S10", "S12")]
        public void AnAnswerOpensTheProtocolsNextStepStartingAtTheAnswer(string rule, string successor)
        {
            var step = RequestChain.OnSave(rule, null, Answered, hasSuccessor: false);

            Assert.AreEqual(ChainStepKind.OpenSuccessor, step.Kind);
            Assert.AreEqual(successor, step.Successor!.Id);
            Assert.AreEqual(Answered, step.Start);
        }

        [TestMethod]
        [DataRow("S2")]
        [DataRow("S4")]
        [DataRow("S6")]
        [DataRow("S7")]
        [DataRow("S8")]
        [DataRow("S11")]
        [DataRow("S12")]
        [DataRow("S13")]
        [DataRow("S14")]
        public void AnAnswerToARuleThatEndsThereOpensNothing(string rule)
        {
            Assert.AreEqual(ChainStepKind.None, RequestChain.OnSave(rule, null, Answered, hasSuccessor: false).Kind);
            Assert.IsNull(ProtocolChain.SuccessorOf(rule));
        }

        [TestMethod]
        public void ARequestThatAlreadyOpenedItsSuccessorOpensNothingMoreWhenAnsweredAgain()
        {
            Assert.AreEqual(ChainStepKind.None, RequestChain.OnSave("S3", Answered, Answered.AddHours(1), hasSuccessor: true).Kind);
            Assert.AreEqual(ChainStepKind.None, RequestChain.OnSave("S3", null, Answered, hasSuccessor: true).Kind);
        }

        [TestMethod]
        public void ClearingTheAnswerThatOpenedASuccessorAsksToReviewIt()
        {
            Assert.AreEqual(ChainStepKind.ReviewSuccessor, RequestChain.OnSave("S9", Answered, null, hasSuccessor: true).Kind);
        }

        [TestMethod]
        public void ClearingAnAnswerThatOpenedNothingDoesNothing()
        {
            Assert.AreEqual(ChainStepKind.None, RequestChain.OnSave("S9", Answered, null, hasSuccessor: false).Kind);
            Assert.AreEqual(ChainStepKind.None, RequestChain.OnSave("S9", null, null, hasSuccessor: true).Kind);
        }

        [TestMethod]
        public void ASuccessorNobodyAnsweredIsCancelled()
        {
            Assert.AreEqual(UndoStepKind.CancelSuccessor, RequestChain.Undo("S3", "Entrevista", successorAnswered: false, successorActive: true).Kind);
        }

        [TestMethod]
        public void AnInactiveSuccessorOnlyReleasesTheLink()
        {
            Assert.AreEqual(UndoStepKind.ReleaseLink, RequestChain.Undo("S3", "Entrevista", successorAnswered: true, successorActive: false).Kind);
        }

        [TestMethod]
        public void ClearingTheAnswerOfADemandWhoseFollowUpWasAnsweredIsRefusedNamingTheFollowUp()
        {
            var undo = RequestChain.Undo("S9", "Seguimiento importador", successorAnswered: true, successorActive: true);

            Assert.AreEqual(UndoStepKind.Refuse, undo.Kind);
            Assert.AreEqual(
                "No se puede borrar «Respondida el» de esta solicitud S9: la respuesta abrió la solicitud S11 «Seguimiento importador», " +
                "que ya tiene su propia respuesta registrada. Borre primero la respuesta de la S11, o corrija la fecha en vez de borrarla.",
                undo.Message);
        }

        [TestMethod]
        public void ReviewingTheSuccessorOfARuleThatOpensNoneIsAProgrammingError()
        {
            Assert.ThrowsExactly<ArgumentException>(() => RequestChain.Undo("S6", "x", false, true));
        }
    }
}
