using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.BehaviourNotes
{
    /// <summary>
    /// N2/S8: whether a write projects a note's notification and defence term (open: a draft being notified or a
    /// notified note, stamped with the one-off holiday set used) or keeps it as recorded (closed: a defence filed or
    /// the note decided; the recorded notification date still dates the note's force).
    /// </summary>
    public sealed class NoteTerm
    {
        private NoteTerm(string? holidaySet, CivilDate? recordedNotifiedOn)
        {
            HolidaySet = holidaySet;
            RecordedNotifiedOn = recordedNotifiedOn;
        }

        /// <summary>The term is projected now, with the holiday set of fingerprint <paramref name="holidaySet"/>.</summary>
        public static NoteTerm Open(string holidaySet) => new NoteTerm(holidaySet, null);

        /// <summary>The term is closed; <paramref name="recordedNotifiedOn"/> is the notification date the row records.</summary>
        public static NoteTerm Closed(CivilDate? recordedNotifiedOn) => new NoteTerm(null, recordedNotifiedOn);

        public bool IsOpen => HolidaySet != null;

        public string? HolidaySet { get; }

        public CivilDate? RecordedNotifiedOn { get; }
    }
}
