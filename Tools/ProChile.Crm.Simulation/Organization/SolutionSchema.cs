extern alias shipped;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Source;
using EmailActivity = shipped::ProChile.Crm.Dataverse.Schema.EmailActivity;
using LocalOwnership = ProChile.Crm.LocalOrganization.Metadata.TableOwnership;
using SourceColumnType = ProChile.Crm.SolutionPackager.Source.ColumnType;
using SourceOwnership = ProChile.Crm.SolutionPackager.Source.TableOwnership;
using TaskActivity = shipped::ProChile.Crm.Dataverse.Schema.TaskActivity;

namespace ProChile.Crm.Simulation.Organization
{
    /// <summary>
    /// The solution's tables, declared on a local organization from the solution's own source (Solution/src, read
    /// with the packager's <see cref="SolutionSourceReader"/>), so the simulation runs on exactly the columns and
    /// choice values that ship. Two kinds of table are not in Solution/src and are declared here: the system
    /// columns of <c>account</c> the plugins read (from the packager's <see cref="SystemTables"/>), and the
    /// <c>task</c> and <c>email</c> activities the follow-up plugin writes (F1/F2).
    /// </summary>
    public sealed class SolutionSchema
    {
        /// <summary>Where the build copies Solution/src beside the tool (see the project file).</summary>
        public const string SourceFolderName = "solution-src";

        // Dataverse's lengths for the system text columns of account the plugins read.
        private static readonly IReadOnlyDictionary<string, int> SystemTextLengths = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["name"] = 160,
            ["accountnumber"] = 20,
            ["emailaddress1"] = 100,
            ["telephone1"] = 50,
            ["address1_city"] = 80,
            ["address1_country"] = 80,
        };

        private SolutionSchema(SolutionSource source)
        {
            Source = source;
        }

        public SolutionSource Source { get; }

        /// <summary>The solution source copied beside the running tool.</summary>
        public static SolutionSchema Load() => Load(Path.Combine(AppContext.BaseDirectory, SourceFolderName));

        public static SolutionSchema Load(string sourceDirectory) => new SolutionSchema(SolutionSourceReader.Read(sourceDirectory));

        /// <summary>The Spanish label of a choice value (e.g. pch_region 168700010 → "Ñuble"), or the value itself if unknown.</summary>
        public string ChoiceLabel(string optionSet, int value)
        {
            var option = Source.OptionSets.FirstOrDefault(o => o.Name == optionSet)?.Options.FirstOrDefault(o => o.Value == value);
            return option?.Label.Spanish ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The option's name (the C# enum member, e.g. "S1") of a choice value, or the value itself if unknown.</summary>
        public string ChoiceName(string optionSet, int value)
        {
            var option = Source.OptionSets.FirstOrDefault(o => o.Name == optionSet)?.Options.FirstOrDefault(o => o.Value == value);
            return option?.Name ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>A choice's values with their Spanish labels, in the choice's order.</summary>
        public IReadOnlyList<(int Value, string Label)> Options(string optionSet) =>
            Source.OptionSets.FirstOrDefault(o => o.Name == optionSet)?.Options.Select(o => (o.Value, o.Label.Spanish)).ToList()
            ?? throw new SolutionSourceException(optionSet, "is not a choice of Solution/src/OptionSets.");

        public void DeclareOn(OrganizationSchema schema)
        {
            foreach (var table in Source.Tables)
            {
                schema.DeclareTable(table.Name, builder => Declare(table, builder));
            }

            DeclareActivity(schema, TaskActivity.EntityLogicalName, TaskActivity.PrimaryId, TaskActivity.Subject, TaskActivity.Description, TaskActivity.Regarding, TaskActivity.ScheduledEnd);
            DeclareActivity(schema, EmailActivity.EntityLogicalName, EmailActivity.PrimaryId, EmailActivity.Subject, EmailActivity.Description, EmailActivity.Regarding, EmailActivity.ScheduledStart);
        }

        private void Declare(TableSource table, TableBuilder builder)
        {
            if (table.Ownership == SourceOwnership.Organization)
            {
                builder.OrganizationOwned();
            }

            if (table.Existing)
            {
                DeclareSystemColumns(table.Name, builder);
            }

            foreach (var column in table.Columns)
            {
                if (column.Name == table.PrimaryName)
                {
                    builder.PrimaryName(column.Name, column.MaxLength ?? 100);
                    continue;
                }

                Declare(column, builder, table.File);
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
                    throw new SolutionSourceException(file, $"column {column.Name}: type {column.Type} has no local organization equivalent.");
            }
        }

        private int[] OptionValues(ColumnSource column, string file)
        {
            var optionSet = Source.OptionSets.FirstOrDefault(o => o.Name == column.OptionSet)
                ?? throw new SolutionSourceException(file, $"column {column.Name} refers to the choice '{column.OptionSet}', which Solution/src/OptionSets does not define.");
            return optionSet.Options.Select(o => o.Value).ToArray();
        }

        private static CascadeDelete CascadeOf(ColumnSource column, string file) =>
            Enum.TryParse<CascadeDelete>(column.CascadeDelete, ignoreCase: false, out var cascade)
                ? cascade
                : throw new SolutionSourceException(file, $"column {column.Name}: CascadeDelete '{column.CascadeDelete}' is not accepted; use one of: {string.Join(", ", Enum.GetNames<CascadeDelete>())}.");

        // The text columns Dataverse gives an existing system table (account: name, email, phone...); the key, state,
        // owner and audit columns the local organization adds by itself.
        private static void DeclareSystemColumns(string table, TableBuilder builder)
        {
            foreach (var column in SystemTables.ColumnsOf(table).Where(c => c.Type == "nvarchar"))
            {
                int length = SystemTextLengths.TryGetValue(column.Name, out var known) ? known : 100;
                if (column.Name == "name")
                {
                    builder.PrimaryName(column.Name, length);
                }
                else
                {
                    builder.String(column.Name, length);
                }
            }
        }

        private static void DeclareActivity(OrganizationSchema schema, string table, string primaryId, string subject, string description, string regarding, string when) =>
            schema.DeclareTable(table, t => t
                .PrimaryId(primaryId)
                .PrimaryName(subject, 200)
                .Memo(description, 2000)
                .Lookup(regarding, "account")
                .DateTime(when));
    }
}
