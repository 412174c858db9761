namespace Microsoft.Xrm.Sdk
{
    public sealed class FormattedValueCollection : DataCollection<string, string>
    {
    }
}
