namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>A 1:N relationship, defined by a lookup column of the referencing (many) table.</summary>
    public sealed record OneToManyRelationship(
        string SchemaName,
        string ReferencedEntity,
        string ReferencingEntity,
        string ReferencingAttribute);

    /// <summary>An N:N relationship and the intersect table that holds its pairs.</summary>
    public sealed record ManyToManyRelationship(
        string SchemaName,
        string Entity1,
        string Entity2,
        string IntersectEntity,
        string Entity1IntersectAttribute,
        string Entity2IntersectAttribute);
}
