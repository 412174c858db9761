using System.Collections.Generic;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Dataverse
{
    /// <summary>
    /// How an export writes one system column of a custom table: its schema name (the casing exports use), its
    /// requirement level, display mask (null: exports write none), IME mode and API flags.
    /// </summary>
    public sealed record SystemColumnShape(
        SystemColumn Column,
        string SchemaName,
        string RequiredLevel,
        string? DisplayMask,
        string ImeMode,
        bool ValidForCreateApi,
        bool ValidForUpdateApi,
        bool IsAuditEnabled,
        bool IsLogical = false,
        bool CanModifyRequirementLevel = true);

    /// <summary>
    /// The system columns every custom table carries in an export, as Dataverse writes them. Taken from
    /// microsoft/powercat-automation-kit @ e8bf4a2b, AutomationCoEMain/SolutionPackage/src/Entities/
    /// autocoe_AuditLog/Entity.xml (a user-owned custom table): the list, the casing, the flags. VersionNumber
    /// exists on every table but exports leave it out, so we do too.
    /// </summary>
    public static class NewTableColumns
    {
        private const string Standard = "ValidForAdvancedFind|ValidForForm|ValidForGrid";

        public static IReadOnlyList<SystemColumnShape> For(string table, TableOwnership ownership, Label displayName, string? schemaName = null)
        {
            var columns = new List<SystemColumnShape>
            {
                new(new(table + "id", "primarykey", displayName), (schemaName ?? table) + "Id", "systemrequired", "ValidForAdvancedFind|RequiredForGrid", "auto",
                    ValidForCreateApi: true, ValidForUpdateApi: false, IsAuditEnabled: false, CanModifyRequirementLevel: false),
                Lookup("createdby", "CreatedBy", new Label("Creado por", "Created By")),
                Lookup("createdonbehalfby", "CreatedOnBehalfBy", new Label("Creado por (delegado)", "Created By (Delegate)")),
                Lookup("modifiedby", "ModifiedBy", new Label("Modificado por", "Modified By")),
                Lookup("modifiedonbehalfby", "ModifiedOnBehalfBy", new Label("Modificado por (delegado)", "Modified By (Delegate)")),
                new(new("createdon", "datetime", new Label("Fecha de creación", "Created On")), "CreatedOn", "none", Standard, "inactive",
                    ValidForCreateApi: false, ValidForUpdateApi: false, IsAuditEnabled: false),
                new(new("modifiedon", "datetime", new Label("Fecha de modificación", "Modified On")), "ModifiedOn", "none", Standard, "inactive",
                    ValidForCreateApi: false, ValidForUpdateApi: false, IsAuditEnabled: false),
                new(new("overriddencreatedon", "datetime", new Label("Fecha de creación del registro", "Record Created On")), "OverriddenCreatedOn", "none",
                    "ValidForAdvancedFind|ValidForGrid", "inactive", ValidForCreateApi: true, ValidForUpdateApi: false, IsAuditEnabled: true),
                new(new("importsequencenumber", "int", new Label("Número de secuencia de importación", "Import Sequence Number")), "ImportSequenceNumber", "none",
                    "ValidForAdvancedFind", "disabled", ValidForCreateApi: true, ValidForUpdateApi: false, IsAuditEnabled: true),
                new(new("timezoneruleversionnumber", "int", new Label("Número de versión de regla de zona horaria", "Time Zone Rule Version Number")), "TimeZoneRuleVersionNumber", "none",
                    null, "auto", ValidForCreateApi: true, ValidForUpdateApi: true, IsAuditEnabled: false),
                new(new("utcconversiontimezonecode", "int", new Label("Código de zona horaria de conversión UTC", "UTC Conversion Time Zone Code")), "UTCConversionTimeZoneCode", "none",
                    null, "auto", ValidForCreateApi: true, ValidForUpdateApi: true, IsAuditEnabled: false),
                new(new("statecode", "state", new Label("Estado", "Status")), "statecode", "systemrequired", Standard, "auto",
                    ValidForCreateApi: false, ValidForUpdateApi: true, IsAuditEnabled: true),
                new(new("statuscode", "status", new Label("Razón para el estado", "Status Reason")), "statuscode", "none", Standard, "auto",
                    ValidForCreateApi: true, ValidForUpdateApi: true, IsAuditEnabled: true),
            };
            if (ownership == TableOwnership.User)
            {
                columns.Add(new(new("ownerid", "owner", new Label("Propietario", "Owner")), "OwnerId", "systemrequired", Standard + "|RequiredForForm", "auto",
                    ValidForCreateApi: true, ValidForUpdateApi: true, IsAuditEnabled: true));
                columns.Add(new(new("owningbusinessunit", "lookup", new Label("Unidad de negocio propietaria", "Owning Business Unit")), "OwningBusinessUnit", "none", Standard, "auto",
                    ValidForCreateApi: false, ValidForUpdateApi: false, IsAuditEnabled: true));
                columns.Add(new(new("owninguser", "lookup", new Label("Usuario propietario", "Owning User")), "OwningUser", "none", null, "auto",
                    ValidForCreateApi: false, ValidForUpdateApi: false, IsAuditEnabled: false, IsLogical: true));
                columns.Add(new(new("owningteam", "lookup", new Label("Equipo propietario", "Owning Team")), "OwningTeam", "none", null, "auto",
                    ValidForCreateApi: false, ValidForUpdateApi: false, IsAuditEnabled: false, IsLogical: true));
            }
            else
            {
                // As WaelHamze/xrm-ci-framework @ 5dc0fbd2 exports its organization-owned wh_Config
                // (CRM365/Xrm.Framework.CI.Sample/SolutionFiles/Entities/wh_Config/Entity.xml).
                columns.Add(new(new("organizationid", "lookup", new Label("Organización", "Organization")), "OrganizationId", "none", null, "auto",
                    ValidForCreateApi: false, ValidForUpdateApi: false, IsAuditEnabled: true));
            }

            return columns;
        }

        private static SystemColumnShape Lookup(string name, string schemaName, Label label) =>
            new(new(name, "lookup", label), schemaName, "none", Standard, "auto", ValidForCreateApi: false, ValidForUpdateApi: false, IsAuditEnabled: false);
    }
}
