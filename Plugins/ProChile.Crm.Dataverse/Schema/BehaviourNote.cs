namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>pch_behaviournote, "Nota de comportamiento" (N1..N4, S8).</summary>
    public static class BehaviourNote
    {
        public const string EntityLogicalName = "pch_behaviournote";
        public const string PrimaryId = "pch_behaviournoteid";
        public const string Name = "pch_name";
        public const int NameMaxLength = 200;
        /// <summary>N1: the regional executive who left the note.</summary>
        public const string Owner = "ownerid";
        public const string StateCode = "statecode";
        public const string AccountId = "pch_accountid";
        /// <summary>N1: the confirmed agenda the company did not attend.</summary>
        public const string Agenda = "pch_agenda";
        public const int AgendaMaxLength = 300;
        /// <summary>N1: what happened.</summary>
        public const string Reason = "pch_reason";
        public const int ReasonMaxLength = 4000;
        /// <summary>N3: draft, notified, defence filed, upheld, withdrawn (<see cref="Choices.NoteStatus"/>).</summary>
        public const string Status = "pch_notestatus";
        /// <summary>N2: how the note was notified (<see cref="Choices.NoticeChannel"/>); empty means the certified letter.</summary>
        public const string Channel = "pch_noticechannel";
        /// <summary>N2: the day the certified letter was received at the post office, or the notice sent to the DDU.</summary>
        public const string PostedOn = "pch_postedon";
        /// <summary>N2: the day the notification is deemed made, by the channel's rule (letter: the N2 lag setting; DDU: 3 business days).</summary>
        public const string NotifiedOn = "pch_notifiedon";
        /// <summary>S8/N3: the end of the 5 business days for the defence.</summary>
        public const string DefenceDue = "pch_defencedue";
        /// <summary>N3: when the company filed its defence.</summary>
        public const string DefenceFiledOn = "pch_defencefiledon";
        /// <summary>N3: the company's defence ("descargos").</summary>
        public const string Defence = "pch_defence";
        public const int DefenceMaxLength = 4000;
        /// <summary>N3: when the note was upheld or withdrawn.</summary>
        public const string ResolvedOn = "pch_resolvedon";
        /// <summary>D5: the fingerprint of the one-off holiday set the stored deadline was computed with.</summary>
        public const string HolidaySet = "pch_holidayset";
        public const int HolidaySetMaxLength = 20;
        /// <summary>N4 setting: the end of the note's force; empty means until withdrawn.</summary>
        public const string InForceUntil = "pch_inforceuntil";
    }
}
