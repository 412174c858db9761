using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// The exception a plugin throws to cancel the operation and show its message to the user.
    /// Defaults as in Dataverse: status Failed, error code 0x80040265 (ISV aborted), no HTTP status.
    /// </summary>
    [Serializable]
    public sealed class InvalidPluginExecutionException : Exception
    {
        // 0x80040265: the platform's "IsvAborted" error code, what Dataverse reports for a plugin's exception.
        private const int IsvAbortedErrorCode = unchecked((int)0x80040265);

        public InvalidPluginExecutionException()
            : this(OperationStatus.Failed, IsvAbortedErrorCode, null, PluginHttpStatusCode.NotSet, null)
        {
        }

        public InvalidPluginExecutionException(string message)
            : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, null)
        {
        }

        public InvalidPluginExecutionException(string message, Exception inner)
            : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, inner)
        {
        }

        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
            : this(OperationStatus.Failed, IsvAbortedErrorCode, message, httpStatus, null)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status)
            : this(status, IsvAbortedErrorCode, null, PluginHttpStatusCode.NotSet, null)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, string message)
            : this(status, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, null)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
            : this(status, errorCode, message, PluginHttpStatusCode.NotSet, null)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
            : this(status, errorCode, message, httpStatus, null)
        {
        }

        private InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus, Exception inner)
            : base(message, inner)
        {
            Status = status;
            ErrorCode = errorCode;
            HttpStatus = httpStatus;
        }

        public OperationStatus Status { get; }

        public int ErrorCode { get; }

        public PluginHttpStatusCode HttpStatus { get; }
    }
}
