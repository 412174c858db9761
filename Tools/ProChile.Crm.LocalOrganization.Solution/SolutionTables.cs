extern alias shipped;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Source;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;
using SourceColumnType = ProChile.Crm.SolutionPackager.Source.ColumnType;
using SourceOwnership = ProChile.Crm.SolutionPackager.Source.TableOwnership;

namespace ProChile.Crm.LocalOrganization.Solution
{
    /// <summary>
    /// The solution's tables declared on a local organization from the solution's own source (Solution/src, read
    /// with the packager's <see cref="SolutionSourceReader"/>): the columns, lengths, choice values and cascades
    /// are those that ship. Solution/src does not hold what Dataverse itself provides, so two kinds of table are
    /// completed here: the system text columns of an existing table (account's name, email, phone, from the
    /// packager's <see cref="SystemTables"/>), and the task and email activities the follow-up plugin writes (F1/F2),
    /// both with Dataverse's lengths and states from <see cref="DataverseSystemColumns"/>.
    /// </summary>
    public sealed class SolutionTables
    {
        /// <summary>Where the build copies Solution/src beside this library (see the project file).</summary>
        public const string SourceFolderName = "solution-src";

        private static readonly Lazy<SolutionTables> Copied = new(() => Load(Path.Combine(AppContext.BaseDirectory, SourceFolderName)));

        private SolutionTables(SolutionSource source) => Source = source;

        /// <summary>The solution source the tables come from.</summary>
        public SolutionSource Source { get; }

        /// <summary>The solution source copied beside the running code; read once (it is immutable).</summary>
        public static SolutionTables Shipped => Copied.Value;

        /// <exception cref="SolutionSourceException">The source is missing or malformed; the message names the file.</exception>
        public static SolutionTables Load(string sourceDirectory) => new(SolutionSourceReader.Read(sourceDirectory));

        /// <summary>
        /// Declares every table of the solution, then task and email, on <paramref name="schema"/>, and the solution's
        /// security roles (<see cref="SolutionRoles"/>): the roles ship with the tables, so whoever has one has the other.
        /// </summary>
        public void DeclareOn(OrganizationSchema schema)
        {
            SolutionRoles.DeclareOn(schema, Source);
            foreach (var table in Source.Tables)
            {
                schema.DeclareTable(table.Name, builder => Declare(table, builder));
            }

            DataverseSystemColumns.DeclareTask(schema);
            DataverseSystemColumns.DeclareEmail(schema);
        }

        private void Declare(TableSource table, TableBuilder builder)
        {
            if (!table.Existing)
            {
                builder.SchemaName(table.SchemaName);
            }

            if (table.Ownership == SourceOwnership.Organization)
            {
                builder.OrganizationOwned();
            }

            if (table.Existing)
            {
                DeclareSystemTextColumns(table.Name, builder);
            }

            foreach (var column in table.Columns)
            {
                if (column.Name == table.PrimaryName)
                {
                    builder.PrimaryName(column.Name, column.MaxLength ?? 100);
                }
                else
                {
                    Declare(column, builder, table.File);
                }
            }
        }

        private void Declare(ColumnSource column, TableBuilder builder, string file)
        {
            switch (column.Type)
            {
                case SourceColumnType.String:
                    builder.String(column.Name, column.MaxLength ?? 100);
                    break;
                case SourceColumnType.Memo:
                    builder.Memo(column.Name, column.MaxLength ?? 2000);
                    break;
                case SourceColumnType.Integer:
                    builder.Integer(column.Name);
                    break;
                case SourceColumnType.Boolean:
                    builder.Boolean(column.Name);
                    break;
                case SourceColumnType.DateTime:
                    builder.DateTime(column.Name);
                    break;
                case SourceColumnType.Choice:
                    builder.Picklist(column.Name, OptionValues(column, file));
                    break;
                case SourceColumnType.Lookup:
                    builder.Lookup(column.Name, column.Target!, CascadeOf(column, file), column.Relationship);
                    break;
                default:
                    throw new SolutionSourceException(file, $"column {column.Name}: type {column.Type} has no local organization equivalent; accepted: {string.Join(", ", Enum.GetNames<SourceColumnType>())}.");
            }
        }

        private int[] OptionValues(ColumnSource column, string file) =>
            (Source.OptionSets.FirstOrDefault(o => o.Name == column.OptionSet)
                ?? throw new SolutionSourceException(file, $"column {column.Name} refers to the choice '{column.OptionSet}', which Solution/src/OptionSets does not define."))
            .Options.Select(o => o.Value).ToArray();

        private static CascadeDelete CascadeOf(ColumnSource column, string file) =>
            Enum.TryParse<CascadeDelete>(column.CascadeDelete, ignoreCase: false, out var cascade)
                ? cascade
                : throw new SolutionSourceException(file, $"column {column.Name}: CascadeDelete '{column.CascadeDelete}' is not accepted; use one of: {string.Join(", ", Enum.GetNames<CascadeDelete>())}.");

        // The key, state, owner and audit columns the local organization adds by itself; the text columns are declared here.
        private static void DeclareSystemTextColumns(string table, TableBuilder builder)
        {
            foreach (var column in SystemTables.ColumnsOf(table).Where(c => c.Type == "nvarchar"))
            {
                var length = DataverseSystemColumns.AccountTextLength(column.Name);
                if (column.Name == Account.Name)
                {
                    builder.PrimaryName(column.Name, length);
                }
                else
                {
                    builder.String(column.Name, length);
                }
            }
        }
    }
}
