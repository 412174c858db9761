namespace Microsoft.Xrm.Sdk
{
    public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
    {
    }
}
