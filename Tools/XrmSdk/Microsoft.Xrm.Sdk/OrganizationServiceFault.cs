namespace Microsoft.Xrm.Sdk
{
    /// <summary>The fault of a failed organization service call (also one item of ExecuteMultiple).</summary>
    public class OrganizationServiceFault : BaseServiceFault
    {
        public OrganizationServiceFault()
        {
        }

        public string TraceText { get; set; }

        public OrganizationServiceFault InnerFault { get; set; }

        public override string ToString()
        {
            return $"{GetType().Name} (0x{ErrorCode:X8}): {Message}";
        }
    }
}
