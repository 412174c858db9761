namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>pch_request, "Solicitud": one deadline of the protocol (S1..S14) that an office owes, with its due time and compliance.</summary>
    public static class Request
    {
        public const string EntityLogicalName = "pch_request";
        public const string PrimaryId = "pch_requestid";
        public const string Name = "pch_name";
        public const int NameMaxLength = 200;
        /// <summary>The executive who owes the answer.</summary>
        public const string Owner = "ownerid";
        public const string StateCode = "statecode";
        public const string AccountId = "pch_accountid";
        /// <summary>S1..S14 (<see cref="Choices.DeadlineRule"/>).</summary>
        public const string Rule = "pch_rule";
        /// <summary>D4: the regional office that owes the answer; its time zone and regional holidays apply.</summary>
        public const string Office = "pch_office";
        /// <summary>S9..S14: the commercial office abroad, when one owes the answer.</summary>
        public const string CommercialOffice = "pch_commercialoffice";
        public const int CommercialOfficeMaxLength = 100;
        public const string Channel = "pch_channel";
        /// <summary>S9..S12: urgent or medium (<see cref="Choices.Urgency"/>).</summary>
        public const string Urgency = "pch_urgency";
        /// <summary>D1..D3: the triggering event's instant (UTC).</summary>
        public const string Start = "pch_start";
        /// <summary>D1..D3: the term in words, e.g. "3 días hábiles".</summary>
        public const string Term = "pch_term";
        public const int TermMaxLength = 100;
        /// <summary>D1..D3: the due instant (UTC; 23:59:59 local for day terms).</summary>
        public const string Due = "pch_due";
        /// <summary>D6: the instant from which the deadline is at risk.</summary>
        public const string WarningAt = "pch_warningat";
        /// <summary>D1/D5: the days the count skipped (weekends, national and regional holidays), each with its reason.</summary>
        public const string SkippedDays = "pch_skippeddays";
        public const int SkippedDaysMaxLength = 4000;
        /// <summary>On time, at risk, overdue, met, missed (<see cref="Choices.DeadlineStatus"/>).</summary>
        public const string DeadlineStatus = "pch_deadlinestatus";
        /// <summary>When the office answered; closes the deadline.</summary>
        public const string AnsweredOn = "pch_answeredon";
        /// <summary>The answer came by the due instant.</summary>
        public const string Compliant = "pch_compliant";
        /// <summary>S14: the date of the importer's visit to Chile.</summary>
        public const string VisitDate = "pch_visitdate";
        /// <summary>S14: the visit is less than 30 days away; flagged, not blocked.</summary>
        public const string ShortLeadTime = "pch_shortleadtime";
        /// <summary>S2/S11/S12: the request whose answer opened this one (lookup to pch_request).</summary>
        public const string Predecessor = "pch_predecessorid";
        /// <summary>S1/S3/S5/S9/S10: the request this one's answer opened (lookup to pch_request); written by the chain step.</summary>
        public const string Successor = "pch_successorid";
        /// <summary>S4/R1: what the system could not do by itself and left to the executive (e.g. no contact email).</summary>
        public const string ProcessNote = "pch_processnote";
        public const int ProcessNoteMaxLength = 500;
        /// <summary>Inactive (statecode 1): a successor cancelled because its predecessor's answer was cleared.</summary>
        public const int InactiveState = 1;
        /// <summary>Inactive's default status (Dataverse's custom-table default: Inactive 2).</summary>
        public const int InactiveStatus = 2;
        public const string StatusCode = "statuscode";
        /// <summary>
        /// D5: the fingerprint of the admins' one-off holidays that fell in the term's window when it was computed; the
        /// daily sweep re-projects an open request whose fingerprint no longer matches the holidays stored now.
        /// </summary>
        public const string HolidaySet = "pch_holidayset";
        public const int HolidaySetMaxLength = 20;
    }
}
