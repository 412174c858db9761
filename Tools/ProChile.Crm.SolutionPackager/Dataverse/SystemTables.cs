using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Dataverse
{
    /// <summary>
    /// What Dataverse defines without us: the system tables a solution may extend or point at (with the
    /// columns our checks accept on them) and the columns every new table gets. A solution zip lists only the
    /// columns it adds to a system table, so the checks need this to tell "missing" from "system".
    /// </summary>
    public static class SystemTables
    {
        private static readonly SystemColumn[] CommonColumns =
        {
            new("statecode", "state", new Label("Estado", "Status")),
            new("statuscode", "status", new Label("Razón para el estado", "Status Reason")),
            new("createdon", "datetime", new Label("Fecha de creación", "Created On")),
            new("createdby", "lookup", new Label("Creado por", "Created By")),
            new("modifiedon", "datetime", new Label("Fecha de modificación", "Modified On")),
            new("modifiedby", "lookup", new Label("Modificado por", "Modified By")),
            new("versionnumber", "bigint", new Label("Número de versión", "Version Number")),
        };

        private static readonly SystemColumn[] UserOwnedColumns =
        {
            new("ownerid", "owner", new Label("Propietario", "Owner")),
            new("owningbusinessunit", "lookup", new Label("Unidad de negocio propietaria", "Owning Business Unit")),
            new("owninguser", "lookup", new Label("Usuario propietario", "Owning User")),
            new("owningteam", "lookup", new Label("Equipo propietario", "Owning Team")),
        };

        private static readonly IReadOnlyDictionary<string, SystemColumn[]> Known = new Dictionary<string, SystemColumn[]>(StringComparer.Ordinal)
        {
            ["account"] = new SystemColumn[]
            {
                new("accountid", "primarykey", new Label("Cuenta", "Account")),
                new("name", "nvarchar", new Label("Nombre de cuenta", "Account Name")),
                new("accountnumber", "nvarchar", new Label("Número de cuenta", "Account Number")),
                new("emailaddress1", "nvarchar", new Label("Correo electrónico", "Email")),
                new("telephone1", "nvarchar", new Label("Teléfono principal", "Main Phone")),
                new("address1_city", "nvarchar", new Label("Ciudad", "City")),
                new("address1_country", "nvarchar", new Label("País", "Country")),
                new("parentaccountid", "lookup", new Label("Cuenta primaria", "Parent Account")),
                new("primarycontactid", "lookup", new Label("Contacto principal", "Primary Contact")),
            }.Concat(CommonColumns).Concat(UserOwnedColumns).ToArray(),
            ["contact"] = new SystemColumn[]
            {
                new("contactid", "primarykey", new Label("Contacto", "Contact")),
                new("fullname", "nvarchar", new Label("Nombre completo", "Full Name")),
                new("parentcustomerid", "customer", new Label("Nombre de la compañía", "Company Name")),
                new("emailaddress1", "nvarchar", new Label("Correo electrónico", "Email")),
            }.Concat(CommonColumns).Concat(UserOwnedColumns).ToArray(),
            ["systemuser"] = new SystemColumn[]
            {
                new("systemuserid", "primarykey", new Label("Usuario", "User")),
                new("fullname", "nvarchar", new Label("Nombre completo", "Full Name")),
                new("internalemailaddress", "nvarchar", new Label("Correo electrónico principal", "Primary Email")),
                new("businessunitid", "lookup", new Label("Unidad de negocio", "Business Unit")),
            }.Concat(CommonColumns).ToArray(),
            ["team"] = new SystemColumn[]
            {
                new("teamid", "primarykey", new Label("Equipo", "Team")),
                new("name", "nvarchar", new Label("Nombre del equipo", "Team Name")),
            }.Concat(CommonColumns).ToArray(),
            // Activities the plugins create (F1 tasks, F2 emails); the solution does not customise them.
            ["task"] = new SystemColumn[]
            {
                new("activityid", "primarykey", new Label("Tarea", "Task")),
                new("subject", "nvarchar", new Label("Asunto", "Subject")),
                new("description", "ntext", new Label("Descripción", "Description")),
                new("regardingobjectid", "lookup", new Label("Referente a", "Regarding")),
                new("scheduledend", "datetime", new Label("Fecha de vencimiento", "Due Date")),
            }.Concat(CommonColumns).Concat(UserOwnedColumns).ToArray(),
            ["email"] = new SystemColumn[]
            {
                new("activityid", "primarykey", new Label("Correo electrónico", "Email")),
                new("subject", "nvarchar", new Label("Asunto", "Subject")),
                new("description", "ntext", new Label("Descripción", "Description")),
                new("regardingobjectid", "lookup", new Label("Referente a", "Regarding")),
                new("scheduledstart", "datetime", new Label("Fecha de envío programada", "Scheduled Send Time")),
                new("from", "partylist", new Label("De", "From")),
                new("to", "partylist", new Label("Para", "To")),
            }.Concat(CommonColumns).Concat(UserOwnedColumns).ToArray(),
            // The senders and recipients of an activity (email from/to): the S4 and R1 emails write them, and the D6
            // breach alert names the region's mailbox (R1) as addressused.
            ["activityparty"] = new SystemColumn[]
            {
                new("activitypartyid", "primarykey", new Label("Parte de la actividad", "Activity Party")),
                new("partyid", "lookup", new Label("Parte", "Party")),
                new("addressused", "nvarchar", new Label("Dirección usada", "Address")),
            },
            ["businessunit"] = new SystemColumn[]
            {
                new("businessunitid", "primarykey", new Label("Unidad de negocio", "Business Unit")),
                new("name", "nvarchar", new Label("Nombre", "Name")),
            }.Concat(CommonColumns).ToArray(),
            // What the system relationships of a custom table point at (owner_x, organization_x).
            ["owner"] = new SystemColumn[]
            {
                new("ownerid", "primarykey", new Label("Propietario", "Owner")),
                new("name", "nvarchar", new Label("Nombre", "Name")),
            },
            ["organization"] = new SystemColumn[]
            {
                new("organizationid", "primarykey", new Label("Organización", "Organization")),
                new("name", "nvarchar", new Label("Nombre", "Name")),
            },
        };

        /// <summary>Object type codes are the same in every organization for system tables (custom ones get theirs on import).</summary>
        private static readonly IReadOnlyDictionary<string, int> ObjectTypeCodes = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["account"] = 1,
            ["contact"] = 2,
            ["systemuser"] = 8,
            ["team"] = 9,
            ["businessunit"] = 10,
            ["task"] = 4212,
            ["email"] = 4202,
            ["activityparty"] = 135,
        };

        public static int? ObjectTypeCodeOf(string table) => ObjectTypeCodes.TryGetValue(table, out var code) ? code : null;

        /// <summary>The system tables a solution may extend or reference.</summary>
        public static IEnumerable<string> Names => Known.Keys;

        public static bool IsSystemTable(string table) => Known.ContainsKey(table);

        /// <summary>The system columns of a system table (empty for any other table).</summary>
        public static IReadOnlyList<SystemColumn> ColumnsOf(string table) =>
            Known.TryGetValue(table, out var columns) ? columns : Array.Empty<SystemColumn>();

        /// <summary>The columns Dataverse gives a new table, besides its primary name column (as exports list them: <see cref="NewTableColumns"/>).</summary>
        public static IReadOnlyList<SystemColumn> ColumnsOfNewTable(string table, TableOwnership ownership, Label displayName) =>
            NewTableColumns.For(table, ownership, displayName).Select(c => c.Column).ToList();
    }
}
