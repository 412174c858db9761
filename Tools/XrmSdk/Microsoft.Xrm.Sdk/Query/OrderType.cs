namespace Microsoft.Xrm.Sdk.Query
{
    public enum OrderType
    {
        Ascending = 0,
        Descending = 1,
    }
}
