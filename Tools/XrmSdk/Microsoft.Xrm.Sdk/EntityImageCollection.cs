namespace Microsoft.Xrm.Sdk
{
    /// <summary>Pre/post entity images of a plugin step, by the image's registered alias.</summary>
    public class EntityImageCollection : DataCollection<string, Entity>
    {
    }
}
