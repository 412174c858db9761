namespace ProChile.Crm.LocalOrganization.Errors
{
    /// <summary>
    /// The error codes Dataverse puts in <c>OrganizationServiceFault.ErrorCode</c>, named as in its published list of
    /// web service error codes. Plugins and tests compare against these, so they are Dataverse's numbers, not ours.
    /// </summary>
    public static class ErrorCodes
    {
        /// <summary>0x80040217 ObjectDoesNotExist: a record looked up by id is not there.</summary>
        public const int ObjectDoesNotExist = unchecked((int)0x80040217);

        /// <summary>0x80040237 DuplicateRecord: the primary key (or an N:N pair) already exists.</summary>
        public const int DuplicateRecord = unchecked((int)0x80040237);

        /// <summary>0x80041102: the table is not in the metadata cache.</summary>
        public const int EntityNotInMetadata = unchecked((int)0x80041102);

        /// <summary>0x80041103 QueryBuilderNoAttribute: the table has no column with that logical name.</summary>
        public const int AttributeNotInEntity = unchecked((int)0x80041103);

        /// <summary>0x80040203 InvalidArgument: a request or query is malformed.</summary>
        public const int InvalidArgument = unchecked((int)0x80040203);

        /// <summary>0x80040265 IsvAborted: a plugin threw InvalidPluginExecutionException.</summary>
        public const int IsvAborted = unchecked((int)0x80040265);

        /// <summary>0x80040224 IsvUnExpected: a plugin threw anything else.</summary>
        public const int IsvUnexpected = unchecked((int)0x80040224);

        /// <summary>0x80040216 UnExpected: the platform's generic failure (also used for injected faults).</summary>
        public const int Unexpected = unchecked((int)0x80040216);

        /// <summary>0x80040315 NotSupported: the action is not supported (here: not modelled by the local organization).</summary>
        public const int NotSupported = unchecked((int)0x80040315);

        /// <summary>0x8004431A: an option set value outside the column's options.</summary>
        public const int PicklistValueOutOfRange = unchecked((int)0x8004431A);

        /// <summary>0x80044331: a string longer than the column's maximum length.</summary>
        public const int StringLengthTooLong = unchecked((int)0x80044331);

        /// <summary>0x80040227 CannotDeleteDueToAssociation: a restrict-delete relationship still has children.</summary>
        public const int CannotDeleteDueToAssociation = unchecked((int)0x80040227);

        /// <summary>
        /// 0x80040220 PrivilegeDenied: the caller's roles do not grant the privilege at all ("Principal user is missing
        /// privilege"; https://learn.microsoft.com/troubleshoot/power-platform/dataverse/user-permissions/client-errors).
        /// </summary>
        public const int PrivilegeDenied = unchecked((int)0x80040220);

        /// <summary>
        /// 0x80048306 (-2147187962): the privilege check passed but the record lies outside its depth ("Principal with
        /// ID ... does not have WriteAccess right(s) for record"; same page as <see cref="PrivilegeDenied"/>).
        /// </summary>
        public const int AccessCheckFailed = unchecked((int)0x80048306);

        /// <summary>Whether a fault's code is one of Dataverse's two security refusals.</summary>
        public static bool IsSecurityRefusal(int errorCode) => errorCode == PrivilegeDenied || errorCode == AccessCheckFailed;
    }
}
