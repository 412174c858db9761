namespace Microsoft.Xrm.Sdk
{
    public sealed class KeyAttributeCollection : DataCollection<string, object>
    {
    }
}
