using System.Collections.Generic;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.BehaviourNotes
{
    /// <summary>
    /// N2/S8: whether a write projects a note's notification and defence term (open: a draft being notified or a
    /// notified note, stamped with the fingerprint of the one-off holidays in its window) or keeps it as recorded
    /// (closed: a defence filed or the note decided; the recorded notification date still dates the note's force).
    /// </summary>
    public sealed class NoteTerm
    {
        private NoteTerm(IReadOnlyList<Holiday>? oneOffHolidays, CivilDate? recordedNotifiedOn)
        {
            OneOffHolidays = oneOffHolidays;
            RecordedNotifiedOn = recordedNotifiedOn;
        }

        /// <summary>The term is projected now, with the admins' <paramref name="oneOffHolidays"/> as stored.</summary>
        public static NoteTerm Open(IReadOnlyList<Holiday> oneOffHolidays) => new NoteTerm(oneOffHolidays, null);

        /// <summary>The term is closed; <paramref name="recordedNotifiedOn"/> is the notification date the row records.</summary>
        public static NoteTerm Closed(CivilDate? recordedNotifiedOn) => new NoteTerm(null, recordedNotifiedOn);

        public bool IsOpen => OneOffHolidays != null;

        /// <summary>The admins' one-off holidays the open term is counted with; null when closed.</summary>
        public IReadOnlyList<Holiday>? OneOffHolidays { get; }

        public CivilDate? RecordedNotifiedOn { get; }
    }
}
