using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Calendar;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// N3/S8 and D5 for behaviour notes. Reads the notified notes (few: a note is notified for about two weeks)
    /// and decides each with the rules, replayed from its row in its office's calendar with the current one-off
    /// holidays (<see cref="NoteRow.Notified"/>, the projection the note step and the holiday re-projection use):
    /// <list type="bullet">
    /// <item>"a notified note with no defence by the deadline is upheld" (active notes only: a deactivated one is out of the process) (<see cref="BehaviourNote.UpholdIfDefenceLapsed"/>),
    /// so a stored deadline that a later holiday moved is not upheld early, which the note step would refuse. The write
    /// is the status alone: the note step (PreOperation) checks the move and records the decision instant (the
    /// deadline's end), and the in-force step recomputes the account's flag;</item>
    /// <item>otherwise a note whose stored term differs from its projection (a holiday re-projection that ran out of
    /// time or failed leaves the fingerprint of the holidays its window had) gets its computed columns written.</item>
    /// </list>
    /// With no notified note it costs one query; with some, the settings too, and the one-off holidays the whole sweep reads once.
    /// </summary>
    internal static class LapsedDefenceSweep
    {
        public static void Run(SweepRun sweep)
        {
            var notes = sweep.ReadAll(NoteProjection.NotifiedNotes(), BehaviourNoteTable.PrimaryId);
            if (notes.Count == 0)
            {
                return;
            }
            // The run's calendars: one holiday read serves this part and the requests' (StaleHolidaySetSweep).
            var holidays = sweep.Calendars.OneOffHolidays;
            var offices = sweep.Offices;
            int reprojected = 0;
            foreach (var row in notes)
            {
                NoteOutcome outcome = NoteOutcome.Unchanged;
                if (sweep.TryUpdate(row, () => (outcome = Bring(sweep, row, offices, holidays)) != NoteOutcome.Unchanged))
                {
                    sweep.Tally.NotesUpheld += outcome == NoteOutcome.Upheld ? 1 : 0;
                    reprojected += outcome == NoteOutcome.Reprojected ? 1 : 0;
                }
            }
            if (reprojected > 0)
            {
                sweep.Trace("{0} nota(s) notificada(s) con su plazo de descargos recalculado (feriados puntuales cambiados).", reprojected);
            }
        }

        private enum NoteOutcome
        {
            Unchanged,
            Upheld,
            Reprojected,
        }

        private static NoteOutcome Bring(SweepRun sweep, Entity row, OfficeCalendars offices, IReadOnlyList<Holiday> holidays)
        {
            var calendar = offices.ForOffice(NoteProjection.OfficeOf(row));
            var note = NoteRow.Notified(row, calendar, sweep.Settings);
            bool active = (ColumnValues.GetChoice(row, BehaviourNoteTable.StateCode) ?? 0) == 0;
            if (active && note.UpholdIfDefenceLapsed(sweep.NowUtc).State == NoteState.Upheld)
            {
                sweep.Service.Update(new Entity(BehaviourNoteTable.EntityLogicalName, row.Id)
                {
                    [BehaviourNoteTable.Status] = new OptionSetValue(NoteRow.ToChoice(NoteState.Upheld)),
                });
                return NoteOutcome.Upheld;
            }
            var changes = NoteProjection.ChangesFrom(row, calendar, sweep.Settings, holidays);
            if (changes is null)
            {
                return NoteOutcome.Unchanged;
            }
            sweep.Service.Update(changes);
            return NoteOutcome.Reprojected;
        }
    }
}
