namespace Microsoft.Xrm.Sdk
{
    public enum EntityRole
    {
        Referencing = 0,
        Referenced = 1,
    }
}
