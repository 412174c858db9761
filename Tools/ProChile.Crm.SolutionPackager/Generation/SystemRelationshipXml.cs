using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// The relationships Dataverse gives each custom table (<see cref="SystemRelationships"/>), written into
    /// EntityRelationships as exports carry them: schema-name ends (pch_Request, SystemUser), the system column in
    /// its export casing (CreatedBy), no cascades.
    /// </summary>
    internal static class SystemRelationshipXml
    {
        public static IEnumerable<XElement> Of(TableSource table) =>
            table.Existing
                ? Enumerable.Empty<XElement>()
                : SystemRelationships.For(table.Name, table.Ownership).Select(r => Relationship(table, r));

        private static XElement Relationship(TableSource table, SystemRelationship relationship) =>
            new("EntityRelationship",
                new XAttribute("Name", relationship.Name),
                new XElement("EntityRelationshipType", "OneToMany"),
                Xml.Flag("IsCustomizable", true),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                Xml.Flag("IsHierarchical", false),
                new XElement("ReferencingEntityName", table.SchemaName),
                new XElement("ReferencedEntityName", TableXml.SchemaName(relationship.ReferencedTable)),
                new XElement("CascadeAssign", "NoCascade"),
                new XElement("CascadeDelete", "NoCascade"),
                new XElement("CascadeReparent", "NoCascade"),
                new XElement("CascadeShare", "NoCascade"),
                new XElement("CascadeUnshare", "NoCascade"),
                new XElement("ReferencingAttributeName", relationship.ReferencingSchemaName),
                new XElement("RelationshipDescription", Xml.Labels("Descriptions", "Description", relationship.Description)));
    }
}
