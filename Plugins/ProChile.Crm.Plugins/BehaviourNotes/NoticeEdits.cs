using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.BehaviourNotes;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Plugins.BehaviourNotes
{
    /// <summary>
    /// N2/S8 (issue 10): the edits of a note's notice that would leave it stuck are refused in Spanish, naming the
    /// column and what is accepted. A notified note whose dispatch date is cleared would keep a term with no start, so
    /// that every later move failed; once a defence is filed or the note decided, the term is closed, and a new date
    /// or channel would change a deadline a defence or decision was already measured against, and a new filing instant
    /// would escape the check it passed.
    /// </summary>
    internal static class NoticeEdits
    {
        public static void Check(Entity before, Entity target, NoteState from)
        {
            if (from == NoteState.Notified && target.Contains(BehaviourNoteTable.PostedOn) && target[BehaviourNoteTable.PostedOn] is null)
            {
                throw new InvalidPluginExecutionException(
                    $"No se puede vaciar el campo «{BehaviourNoteTable.PostedOn}» de una nota «{NoteState.Notified.Label()}»: de esa fecha corren la notificación (N2) y el plazo de descargos (S8). " +
                    $"Se espera {NoteRow.ExpectedPostedOn}; para corregirla, escriba la fecha correcta.");
            }
            if (from == NoteState.Draft || from == NoteState.Notified)
            {
                return;
            }
            if (target.Contains(BehaviourNoteTable.PostedOn) && ColumnValues.GetDate(target, BehaviourNoteTable.PostedOn) != ColumnValues.GetDate(before, BehaviourNoteTable.PostedOn))
            {
                throw Closed(from, BehaviourNoteTable.PostedOn);
            }
            // The filing instant was checked against the term when the defence was filed; moving it later would not be.
            if (target.Contains(BehaviourNoteTable.DefenceFiledOn) && ColumnValues.GetInstant(target, BehaviourNoteTable.DefenceFiledOn) != ColumnValues.GetInstant(before, BehaviourNoteTable.DefenceFiledOn))
            {
                throw new InvalidPluginExecutionException(
                    $"La nota está «{from.Label()}»: la fecha de presentación de los descargos («{BehaviourNoteTable.DefenceFiledOn}») quedó registrada cuando se presentaron y no se puede cambiar.");
            }
            // An empty channel is the certified letter: writing either one on a letter note changes nothing.
            if (target.Contains(BehaviourNoteTable.Channel) && NoteRow.ChannelOf(target) != NoteRow.ChannelOf(before))
            {
                throw Closed(from, BehaviourNoteTable.Channel);
            }
        }

        private static InvalidPluginExecutionException Closed(NoteState from, string column) =>
            new InvalidPluginExecutionException(
                $"La nota está «{from.Label()}»: su plazo de descargos (S8) ya se cerró, así que el campo «{column}» no se puede cambiar. " +
                $"El canal y la fecha de notificación solo se corrigen mientras la nota está «{NoteState.Draft.Label()}» o «{NoteState.Notified.Label()}».");
    }
}
