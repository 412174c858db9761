namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C8: what happens next in a company's intake.</summary>
    public enum IntakeStep
    {
        /// <summary>The regional office contacts the company (S1, S3 or S5: 3 business days).</summary>
        RegionalOfficeContact = 1,

        /// <summary>S4: CRM sends the automatic guidance email on behalf of ProChile and records it.</summary>
        AutomaticGuidanceEmail = 2,

        /// <summary>C8: the company must take the self-diagnosis test first.</summary>
        SelfDiagnosisTest = 3,
    }
}
