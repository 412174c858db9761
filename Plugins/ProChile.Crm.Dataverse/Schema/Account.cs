namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>The account (company) table: the system table plus the portfolio columns this solution adds (C1..C10, N4).</summary>
    public static class Account
    {
        public const string EntityLogicalName = "account";
        public const string PrimaryId = "accountid";
        public const string Name = "name";
        /// <summary>Dataverse's length of account.name (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account).</summary>
        public const int NameMaxLength = 160;
        public const string Owner = "ownerid";
        public const string StateCode = "statecode";
        /// <summary>C2: contact data ("todos sus datos de contacto"): the main email.</summary>
        public const string Email = "emailaddress1";
        /// <summary>Dataverse's length of account.emailaddress1 (same page).</summary>
        public const int EmailMaxLength = 100;
        /// <summary>C2: contact data: the main phone.</summary>
        public const string Telephone = "telephone1";
        /// <summary>Dataverse's length of account.telephone1 (same page).</summary>
        public const int TelephoneMaxLength = 50;

        /// <summary>C10: the RUT in its canonical form (digits, dash, check digit 0-9 or K).</summary>
        public const string Rut = "pch_rut";
        public const int RutMaxLength = 12;
        /// <summary>R1/D4/S4: the region of the regional office that owns the company.</summary>
        public const string Region = "pch_region";
        /// <summary>C3: potential, outside the portfolio, or portfolio (<see cref="Choices.Segment"/>).</summary>
        public const string Segment = "pch_segment";
        /// <summary>C3: why the company is in its segment.</summary>
        public const string SegmentReason = "pch_segmentreason";
        public const int SegmentReasonMaxLength = 500;
        /// <summary>C4: 1 Exporta Más, 2 Trabajo Habitual, 3 Trabajo Esporádico (<see cref="Choices.Category"/>).</summary>
        public const string Category = "pch_category";
        /// <summary>C4/C5: why the company has its category (activity rule, opt-out demotion, executive's choice).</summary>
        public const string CategoryReason = "pch_categoryreason";
        public const int CategoryReasonMaxLength = 500;
        /// <summary>C4 setting: an executive set category 2 or 3 by hand; the activity rule leaves it alone.</summary>
        public const string CategorySetByHand = "pch_categorysetbyhand";
        /// <summary>C2/C4: member of the Exporta Más programme (category 1).</summary>
        public const string ExportaMas = "pch_exportamas";
        /// <summary>C2/C8: the characterisation form says the company exports.</summary>
        public const string Exporter = "pch_exporter";
        /// <summary>C8: self-diagnosis result Alta, Media or Baja (<see cref="Choices.ExportPotential"/>).</summary>
        public const string ExportPotential = "pch_exportpotential";
        /// <summary>C2: the regional executive who validated the company (lookup to systemuser).</summary>
        public const string ValidatedBy = "pch_validatedby";
        /// <summary>C2: when the company was validated.</summary>
        public const string ValidatedOn = "pch_validatedon";
        /// <summary>C2: the sector of the institutional strategy the company belongs to.</summary>
        public const string StrategicSector = "pch_strategicsector";
        public const int StrategicSectorMaxLength = 100;
        /// <summary>C6: the company has "inicio de actividades" at SII (Chilean companies).</summary>
        public const string SiiActivitiesStarted = "pch_siiactivitiesstarted";
        /// <summary>C4/C6: date of the latest action that counts towards being a user.</summary>
        public const string LastQualifyingAction = "pch_lastqualifyingaction";
        /// <summary>C6/C7: the last calendar year in which the company was a user.</summary>
        public const string LastUserYear = "pch_lastuseryear";
        /// <summary>C5/F2: the company declined the monthly follow-up email.</summary>
        public const string FollowUpOptOut = "pch_followupoptout";
        /// <summary>C5 interpretation: a demoted company stays in category 3 until it opts back in or an executive changes it.</summary>
        public const string FollowUpOptOutLocked = "pch_followupoptoutlocked";
        /// <summary>N4: the company has a behaviour note in force.</summary>
        public const string BehaviourNoteInForce = "pch_behaviournoteinforce";
        /// <summary>F3: when the company (an importer) answered ProChile's satisfaction survey (date only).</summary>
        public const string SurveyAnsweredOn = "pch_surveyansweredon";
        /// <summary>F3: in that survey it projected business.</summary>
        public const string SurveyProjectedBusiness = "pch_surveyprojectedbusiness";
        /// <summary>F3: the commercial executive who reviews it at the quarter's end (lookup to systemuser); written by the sweep.</summary>
        public const string QuarterReviewer = "pch_quarterreviewerid";
        /// <summary>F3: the last day of the quarter whose review it is on (date only).</summary>
        public const string QuarterReviewOn = "pch_quarterreviewon";
        /// <summary>F3: why it is reviewed (F3 codes and texts).</summary>
        public const string QuarterReviewReason = "pch_quarterreviewreason";
        public const int QuarterReviewReasonMaxLength = 500;
    }
}
