namespace Microsoft.Xrm.Sdk.Query
{
    public enum LogicalOperator
    {
        And = 0,
        Or = 1,
    }
}
