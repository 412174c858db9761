using System;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N1-N4: a behaviour note ("nota de comportamiento") in a company's CRM log. Immutable: each move returns
    /// the note in its new state and refuses a move the lifecycle (<see cref="NoteLifecycle"/>) does not allow.
    /// <list type="bullet">
    /// <item><see cref="Notify(Notice, OfficeCalendar, RuleSettings)"/>: the notice left by its channel (N2: the certified
    /// letter reached the post office, or the notice was sent to the DDU); the note counts as notified on the channel's
    /// day (<see cref="Notice.DeemedNotifiedOn"/>) and the S8 defence deadline, 5 business days, is counted from then in the office's
    /// calendar and zone, ending at 23:59:59 local of the last day (the calendar's <see cref="ProtocolDeadlines.S8"/>).</item>
    /// <item><see cref="FileDefence"/>: accepted up to the deadline's last second; later it is refused (N3).</item>
    /// <item><see cref="Uphold"/> / <see cref="Withdraw"/>: the decision after a defence. A notified note with no
    /// defence is upheld at the deadline (<see cref="UpholdIfDefenceLapsed"/>).</item>
    /// </list>
    /// <b>Interpretation</b> (N4): a note is in force from the start of its deemed notification date, while a
    /// defence is pending and once upheld, until it is withdrawn or its validity (setting) ends. A draft was
    /// never communicated, so it is not in force.
    /// </summary>
    public sealed class BehaviourNote
    {
        private BehaviourNote(
            string id, NoteState state, string? officeName, Notice? notice, CivilDate? notifiedOn, DateTime? inForceFromUtc,
            Deadline? defenceDeadline, DateTime? defenceFiledAtUtc, DateTime? decidedAtUtc)
        {
            Id = id;
            State = state;
            OfficeName = officeName;
            Notice = notice;
            NotifiedOn = notifiedOn;
            InForceFromUtc = inForceFromUtc;
            DefenceDeadline = defenceDeadline;
            DefenceFiledAtUtc = defenceFiledAtUtc;
            DecidedAtUtc = decidedAtUtc;
        }

        /// <summary>N1: the note as the regional executive writes it, before notification.</summary>
        public static BehaviourNote Draft(string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("Una nota de comportamiento necesita un identificador.", nameof(id));
            }
            return new BehaviourNote(id, NoteState.Draft, null, null, null, null, null, null, null);
        }

        public string Id { get; }

        public NoteState State { get; }

        /// <summary>The calendar the note's terms are counted in (the regional office's slug); null while a draft.</summary>
        public string? OfficeName { get; }

        /// <summary>N2: the notice (channel and dispatch date); null while a draft.</summary>
        public Notice? Notice { get; }

        /// <summary>N2: the date the certified letter was received at the post office; null for a DDU notice or a draft.</summary>
        public CivilDate? CertifiedLetterReceivedOn =>
            Notice is Notice notice && notice.Channel == NoticeChannel.CertifiedLetter ? notice.DispatchedOn : (CivilDate?)null;

        /// <summary>N2: the date the note counts as notified.</summary>
        public CivilDate? NotifiedOn { get; }

        /// <summary>N4: the first instant the note is in force (start of <see cref="NotifiedOn"/>, office time).</summary>
        public DateTime? InForceFromUtc { get; }

        /// <summary>S8: the defence deadline; null while a draft.</summary>
        public Deadline? DefenceDeadline { get; }

        public DateTime? DefenceFiledAtUtc { get; }

        /// <summary>When the note was upheld or withdrawn.</summary>
        public DateTime? DecidedAtUtc { get; }

        /// <summary>N2/S8: the certified letter reached the post office on <paramref name="receivedAtPostOffice"/>.</summary>
        public BehaviourNote Notify(CivilDate receivedAtPostOffice, OfficeCalendar calendar, RuleSettings settings) =>
            Notify(BehaviourNotes.Notice.CertifiedLetter(receivedAtPostOffice), calendar, settings);

        /// <summary>N2/S8: the note was notified by <paramref name="notice"/>; the deemed date and S8 follow its channel.</summary>
        public BehaviourNote Notify(Notice notice, OfficeCalendar calendar, RuleSettings settings)
        {
            NoteLifecycle.Require(State, NoteState.Notified);
            if (calendar is null)
            {
                throw new ArgumentNullException(nameof(calendar));
            }
            if (settings is null)
            {
                throw new ArgumentNullException(nameof(settings));
            }
            var notifiedOn = notice.DeemedNotifiedOn(calendar.BusinessDays, settings);
            var inForceFrom = calendar.DayStartUtc(notifiedOn);
            // D1: the term's day 1 is the first business day after the notification date, whatever the hour.
            var deadline = ProtocolDeadlines.S8.DeadlineFrom(inForceFrom, calendar, settings.DeadlineWarnings);
            return new BehaviourNote(Id, NoteState.Notified, calendar.Name, notice, notifiedOn, inForceFrom, deadline, null, null);
        }

        /// <summary>N3: the company files its defence at <paramref name="filedAtUtc"/>; refused with <see cref="LateDefenceException"/> after the deadline.</summary>
        public BehaviourNote FileDefence(DateTime filedAtUtc, OfficeCalendar calendar)
        {
            NoteLifecycle.Require(State, NoteState.DefenceFiled);
            RequireSameOffice(calendar);
            if (!IsWithinDefenceTerm(filedAtUtc))
            {
                throw new LateDefenceException(filedAtUtc, calendar.TimeZone.ToLocal(filedAtUtc), DefenceDeadline!);
            }
            return new BehaviourNote(Id, NoteState.DefenceFiled, OfficeName, Notice, NotifiedOn, InForceFromUtc, DefenceDeadline, filedAtUtc, null);
        }

        /// <summary>
        /// N3: upheld at <paramref name="decidedAtUtc"/> after a defence; a notified note only once its deadline has
        /// passed without defence (then it counts as upheld at the deadline, as <see cref="UpholdIfDefenceLapsed"/>).
        /// </summary>
        public BehaviourNote Uphold(DateTime decidedAtUtc)
        {
            NoteLifecycle.Require(State, NoteState.Upheld);
            if (State == NoteState.Notified)
            {
                if (IsWithinDefenceTerm(decidedAtUtc))
                {
                    throw new NoteTransitionRefusedException(State, NoteState.Upheld, NoteLifecycle.AllowedFrom(State),
                        $"La nota está «{State.Label()}» y el plazo de descargos corre hasta el {SpanishFormat.DateTime(DefenceDeadline!.DueLocal.DateTime)} (hora local, {DefenceDeadline.TimeZoneId}); solo después, sin descargos, queda «{NoteState.Upheld.Label()}».");
                }
                return UpheldAt(DefenceLapsesAtUtc);
            }
            return UpheldAt(decidedAtUtc);
        }

        /// <summary>N3: withdrawn at <paramref name="decidedAtUtc"/> after the defence.</summary>
        public BehaviourNote Withdraw(DateTime decidedAtUtc)
        {
            NoteLifecycle.Require(State, NoteState.Withdrawn);
            return new BehaviourNote(Id, NoteState.Withdrawn, OfficeName, Notice, NotifiedOn, InForceFromUtc, DefenceDeadline, DefenceFiledAtUtc, decidedAtUtc);
        }

        /// <summary>
        /// N3, as the record holds it: a defence the note records was checked against the term when it was filed, so
        /// replaying the record does not check it again; a one-off holiday withdrawn since then must not turn an
        /// accepted defence into a late one and leave the note unable to move.
        /// </summary>
        public BehaviourNote WithRecordedDefence(DateTime filedAtUtc)
        {
            NoteLifecycle.Require(State, NoteState.DefenceFiled);
            return new BehaviourNote(Id, NoteState.DefenceFiled, OfficeName, Notice, NotifiedOn, InForceFromUtc, DefenceDeadline, filedAtUtc, null);
        }

        /// <summary>N3, as the record holds it: the decision (upheld or withdrawn) at <paramref name="decidedAtUtc"/>, not checked again (see <see cref="WithRecordedDefence"/>).</summary>
        public BehaviourNote WithRecordedDecision(NoteState decision, DateTime decidedAtUtc)
        {
            NoteLifecycle.Require(State, decision);
            if (decision != NoteState.Upheld && decision != NoteState.Withdrawn)
            {
                throw new ArgumentOutOfRangeException(nameof(decision), decision, "Una decisión es «Mantenida» o «Retirada».");
            }
            return new BehaviourNote(Id, decision, OfficeName, Notice, NotifiedOn, InForceFromUtc, DefenceDeadline, DefenceFiledAtUtc, decidedAtUtc);
        }

        /// <summary>
        /// N3: "a notified note with no defence by the deadline is upheld": at <paramref name="nowUtc"/> after the
        /// deadline, the note upheld at the first instant after it; otherwise this same note. For the scheduled job.
        /// </summary>
        public BehaviourNote UpholdIfDefenceLapsed(DateTime nowUtc) =>
            State == NoteState.Notified && !IsWithinDefenceTerm(nowUtc) ? UpheldAt(DefenceLapsesAtUtc) : this;

        /// <summary>The state at <paramref name="instantUtc"/>, counting a lapsed defence term as upheld even before the job records it.</summary>
        public NoteState StateAt(DateTime instantUtc) => UpholdIfDefenceLapsed(instantUtc).State;

        /// <summary>N4: in force at <paramref name="instantUtc"/> under <paramref name="validity"/> (see the class remarks).</summary>
        public bool IsInForceAt(DateTime instantUtc, NoteValidity validity)
        {
            if (validity is null)
            {
                throw new ArgumentNullException(nameof(validity));
            }
            if (InForceFromUtc is not DateTime from || instantUtc < from)
            {
                return false;
            }
            if (State == NoteState.Withdrawn && instantUtc >= DecidedAtUtc)
            {
                return false;
            }
            var expires = validity.ExpiresAtUtc(from);
            return expires is null || instantUtc < expires;
        }

        // The deadline covers its whole last second (23:59:59.999 local is on time), as the calendar's Deadline.StatusAt does.
        private bool IsWithinDefenceTerm(DateTime instantUtc) => instantUtc < DefenceLapsesAtUtc;

        private DateTime DefenceLapsesAtUtc => DefenceDeadline!.DueUtc.AddSeconds(1);

        private BehaviourNote UpheldAt(DateTime atUtc) =>
            new BehaviourNote(Id, NoteState.Upheld, OfficeName, Notice, NotifiedOn, InForceFromUtc, DefenceDeadline, DefenceFiledAtUtc, atUtc);

        private void RequireSameOffice(OfficeCalendar calendar)
        {
            if (calendar is null)
            {
                throw new ArgumentNullException(nameof(calendar));
            }
            if (!string.Equals(calendar.Name, OfficeName, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"La nota {Id} se notificó con el calendario de «{OfficeName}», no con el de «{calendar.Name}»: sus plazos se cuentan en la oficina que la notificó.", nameof(calendar));
            }
        }
    }
}
