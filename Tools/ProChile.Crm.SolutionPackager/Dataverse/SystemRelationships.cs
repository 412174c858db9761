using System.Collections.Generic;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Dataverse
{
    /// <summary>One relationship Dataverse gives every custom table: its name, the system table it points at, and the system column.</summary>
    public sealed record SystemRelationship(string Name, string ReferencedTable, string ReferencingColumn, string ReferencingSchemaName, Label Description);

    /// <summary>
    /// The one-to-many relationships from system tables to each custom table, as exports carry them. Names and
    /// shape from microsoft/powercat-automation-kit @ e8bf4a2b, AutomationCoEMain/SolutionPackage/src/Other/
    /// Relationships/{BusinessUnit,Owner,SystemUser,Team}.xml (business_unit_x, owner_x, team_x, user_x,
    /// lk_x_createdby, lk_x_modifiedby, lk_x_createdonbehalfby, lk_x_modifiedonbehalfby). An organization-owned
    /// table has no owner: it points at its organization instead (organization_x, on OrganizationId), as
    /// WaelHamze/xrm-ci-framework @ 5dc0fbd2, CRM365/Xrm.Framework.CI.Sample/SolutionFiles/Other/Relationships/Organization.xml.
    /// Hand-written solutions without them are reported to fail import ("CreateAsyncOperationRelationship").
    /// </summary>
    public static class SystemRelationships
    {
        public static IReadOnlyList<SystemRelationship> For(string table, TableOwnership ownership)
        {
            var relationships = new List<SystemRelationship>();
            if (ownership == TableOwnership.User)
            {
                relationships.Add(new("business_unit_" + table, "businessunit", "owningbusinessunit", "OwningBusinessUnit",
                    new Label("Unidad de negocio propietaria del registro.", "Unique identifier for the business unit that owns the record")));
                relationships.Add(new("owner_" + table, "owner", "ownerid", "OwnerId", new Label("Propietario del registro.", "Owner Id")));
                relationships.Add(new("team_" + table, "team", "owningteam", "OwningTeam",
                    new Label("Equipo propietario del registro.", "Unique identifier for the team that owns the record.")));
                relationships.Add(new("user_" + table, "systemuser", "owninguser", "OwningUser",
                    new Label("Usuario propietario del registro.", "Unique identifier for the user that owns the record.")));
            }
            else
            {
                relationships.Add(new("organization_" + table, "organization", "organizationid", "OrganizationId",
                    new Label("Organización del registro.", "Unique identifier for the organization")));
            }

            relationships.Add(new($"lk_{table}_createdby", "systemuser", "createdby", "CreatedBy",
                new Label("Usuario que creó el registro.", "Unique identifier of the user who created the record.")));
            relationships.Add(new($"lk_{table}_createdonbehalfby", "systemuser", "createdonbehalfby", "CreatedOnBehalfBy",
                new Label("Usuario delegado que creó el registro.", "Unique identifier of the delegate user who created the record.")));
            relationships.Add(new($"lk_{table}_modifiedby", "systemuser", "modifiedby", "ModifiedBy",
                new Label("Usuario que modificó el registro.", "Unique identifier of the user who modified the record.")));
            relationships.Add(new($"lk_{table}_modifiedonbehalfby", "systemuser", "modifiedonbehalfby", "ModifiedOnBehalfBy",
                new Label("Usuario delegado que modificó el registro.", "Unique identifier of the delegate user who modified the record.")));
            return relationships;
        }
    }
}
