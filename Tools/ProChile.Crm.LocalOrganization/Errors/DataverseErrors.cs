using System;
using System.Collections.Generic;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Errors
{
    /// <summary>
    /// The catalogue of failures the local organization reports, each as the
    /// <see cref="FaultException{OrganizationServiceFault}"/> Dataverse's SDK client throws, with Dataverse's error
    /// code and, where it is known, its exact message text (so a plugin that inspects either behaves the same here).
    /// </summary>
    public static class DataverseErrors
    {
        public static FaultException<OrganizationServiceFault> Fault(int errorCode, string message)
        {
            var fault = new OrganizationServiceFault
            {
                ErrorCode = errorCode,
                Message = message,
            };
            return Wrap(fault);
        }

        public static FaultException<OrganizationServiceFault> Wrap(OrganizationServiceFault fault) =>
            new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message ?? string.Empty));

        public static FaultException<OrganizationServiceFault> EntityNotInMetadata(string? entityName) =>
            Fault(ErrorCodes.EntityNotInMetadata, $"The entity with a name = '{entityName}' with namemapping = 'Logical' was not found in the MetadataCache.");

        public static FaultException<OrganizationServiceFault> AttributeNotInEntity(string entityName, string? attributeName) =>
            Fault(ErrorCodes.AttributeNotInEntity, $"'{entityName}' entity doesn't contain attribute with Name = '{attributeName}' and NameMapping = 'Logical'.");

        public static FaultException<OrganizationServiceFault> RecordNotFound(string entityName, Guid id) =>
            Fault(ErrorCodes.ObjectDoesNotExist, $"Entity '{entityName}' With Id = {id} Does Not Exist");

        public static FaultException<OrganizationServiceFault> DuplicateKey() =>
            Fault(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");

        public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
            Fault(ErrorCodes.InvalidArgument, message);

        public static FaultException<OrganizationServiceFault> NotSupported(string what) =>
            Fault(ErrorCodes.NotSupported, $"{what} is not supported by the local organization.");

        public static FaultException<OrganizationServiceFault> StringTooLong(string entityName, string attributeName, int maxLength) =>
            Fault(ErrorCodes.StringLengthTooLong, string.Format(CultureInfo.InvariantCulture,
                "A validation error occurred. The length of the '{0}' attribute of the '{1}' entity exceeded the maximum allowed length of '{2}'.",
                attributeName, entityName, maxLength));

        public static FaultException<OrganizationServiceFault> OptionOutOfRange(string entityName, string attributeName, int value, IEnumerable<int> accepted) =>
            Fault(ErrorCodes.PicklistValueOutOfRange, string.Format(CultureInfo.InvariantCulture,
                "A validation error occurred. The value {0} of '{1}' on record of type '{2}' is outside the valid range. Accepted Values: {3}",
                value, attributeName, entityName, string.Join(",", accepted)));

        public static FaultException<OrganizationServiceFault> InvalidStatusForState(string entityName, int status, string stateName, Guid id) =>
            InvalidArgument(string.Format(CultureInfo.InvariantCulture,
                "{0} is not a valid status code for state code {1}State.{2} on {1} with Id {3}.", status, entityName, stateName, id));

        public static FaultException<OrganizationServiceFault> IncorrectValueType(string entityName, string attributeName, object value, string expected) =>
            InvalidArgument($"Incorrect attribute value type {value.GetType().FullName} for '{attributeName}' of '{entityName}'; expected {expected}.");

        public static FaultException<OrganizationServiceFault> DateOutOfRange(string entityName, string attributeName) =>
            InvalidArgument($"The date-time format is invalid, or value is outside the supported range. ('{attributeName}' of '{entityName}' must be on or after 1753-01-01.)");

        public static FaultException<OrganizationServiceFault> CannotDeleteDueToAssociation(string entityName, Guid id, string childEntity) =>
            Fault(ErrorCodes.CannotDeleteDueToAssociation,
                $"The object you tried to delete is associated with another object and cannot be deleted. ({entityName} {id} is referenced by {childEntity} through a restrict-delete relationship.)");

        /// <summary>A nested call failed inside the transaction, which Dataverse rolls back at once; later calls find none.</summary>
        public static FaultException<OrganizationServiceFault> NoActiveTransaction() =>
            Fault(ErrorCodes.Unexpected, "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");

        /// <summary>A plugin caught a failed nested call and returned normally: the transaction is already gone.</summary>
        public static FaultException<OrganizationServiceFault> TransactionCountReduced() =>
            Fault(ErrorCodes.Unexpected, "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.");

        public static FaultException<OrganizationServiceFault> InfiniteLoop(int depth, int maxDepth) =>
            Fault(ErrorCodes.Unexpected, string.Format(CultureInfo.InvariantCulture,
                "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. (Depth {0} exceeds the maximum of {1}.)",
                depth, maxDepth));

        /// <summary>The privilege check's fault, worded as Dataverse words it (its OTC and privilege id left out: not modelled).</summary>
        internal static FaultException<OrganizationServiceFault> PrivilegeDenied(Security.PrincipalDescription principal, string privilegeName, string entityName) =>
            Fault(ErrorCodes.PrivilegeDenied, string.Format(CultureInfo.InvariantCulture,
                "Principal user (Id={0}, type=8, roleCount={1}, privilegeCount={2}, accessMode='0 Read-Write', businessUnitId={3}), is missing {4} privilege on entity '{5}'. context.Caller={0}. Consider adding missed privilege to one of the principal (user/team) roles.",
                principal.UserId, principal.RoleCount, principal.PrivilegeCount, principal.BusinessUnitId, privilegeName, entityName));

        /// <summary>The access check's fault: the privilege is held, but not to the depth the record needs.</summary>
        internal static FaultException<OrganizationServiceFault> AccessDenied(Security.PrincipalDescription principal, string accessRight, Guid recordId, string entityName, string detail) =>
            Fault(ErrorCodes.AccessCheckFailed, string.Format(CultureInfo.InvariantCulture,
                "Principal user (Id={0}, type=8, roleCount={1}, privilegeCount={2}, accessMode='0 Read-Write', businessUnitId={3}) does not have {4} right(s) for record with Id = {5} of entity {6}. context.Caller={0}. ({7}.)",
                principal.UserId, principal.RoleCount, principal.PrivilegeCount, principal.BusinessUnitId, accessRight, recordId, entityName, detail));

        /// <summary>What the caller sees when a plugin throws something other than InvalidPluginExecutionException.</summary>
        public static FaultException<OrganizationServiceFault> UnexpectedPluginException(string pluginTypeName, Exception exception) =>
            Fault(ErrorCodes.IsvUnexpected,
                $"An unexpected error occurred from ISV code. (ErrorType = ClientError) Unexpected exception from plug-in (Execute): {pluginTypeName}: System.Exception: {exception.Message}");
    }
}
