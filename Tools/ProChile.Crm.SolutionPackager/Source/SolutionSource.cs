using System.Collections.Generic;

namespace ProChile.Crm.SolutionPackager.Source
{
    /// <summary>
    /// The solution as the repository keeps it (Solution/src): what an admin imports, minus what the build adds
    /// (version, managed flag, root components, system columns and views of new tables, the assemblies and
    /// their steps). Every component remembers the file it came from, so a check can name it.
    /// </summary>
    public sealed record SolutionSource(
        SolutionManifestSource Manifest,
        IReadOnlyList<OptionSetSource> OptionSets,
        IReadOnlyList<TableSource> Tables,
        IReadOnlyList<RoleSource> Roles,
        IReadOnlyList<DashboardSource> Dashboards,
        AppSource? App);

    public sealed record SolutionManifestSource(
        string UniqueName, Label Name, Label Description, PublisherSource Publisher, string File);

    public sealed record PublisherSource(
        string UniqueName, string Prefix, int OptionValuePrefix, Label Name, Label Description, string? Email, string? Website)
    {
        /// <summary>Dataverse: a publisher's option values are its prefix × 10 000 plus 0..9 999.</summary>
        public int FirstOptionValue => OptionValuePrefix * 10000;

        public int LastOptionValue => FirstOptionValue + 9999;
    }

    public sealed record OptionSetSource(string Name, Label DisplayName, Label Description, IReadOnlyList<OptionSource> Options, string File);

    /// <summary>One choice value; <see cref="Name"/> is the C# enum member that carries it.</summary>
    public sealed record OptionSource(string Name, int Value, Label Label);

    public enum TableOwnership
    {
        User,
        Organization,
    }

    /// <summary>
    /// A table: a new one (<see cref="Existing"/> false: the build adds its key, state, owner and audit columns,
    /// and its standard views) or an existing system table that the solution adds columns, forms and views to.
    /// </summary>
    public sealed record TableSource(
        string Name,
        bool Existing,
        TableOwnership Ownership,
        string? PrimaryName,
        Label DisplayName,
        Label CollectionName,
        Label Description,
        IReadOnlyList<ColumnSource> Columns,
        IReadOnlyList<KeySource> Keys,
        IReadOnlyList<FormSource> Forms,
        IReadOnlyList<ViewSource> Views,
        IReadOnlyList<ChartSource> Charts,
        string File)
    {
        private readonly string? _schemaName;

        public string PrimaryId => Name + "id";

        /// <summary>The name in the casing exports use (pch_CategoryHistory); the logical name when the source gives none.</summary>
        public string SchemaName
        {
            get => _schemaName ?? Name;
            init => _schemaName = value;
        }
    }

    public enum ColumnType
    {
        String,
        Memo,
        Integer,
        Boolean,
        DateTime,
        Choice,
        Lookup,
    }

    /// <summary>Dataverse's date-time behaviours: 1 user local (stored UTC), 2 date only, 3 time-zone independent.</summary>
    public enum DateTimeBehavior
    {
        UserLocal = 1,
        DateOnly = 2,
        TimeZoneIndependent = 3,
    }

    public sealed record ColumnSource(
        string Name,
        ColumnType Type,
        Label DisplayName,
        Label Description,
        bool Required,
        int? MaxLength,
        int? MinValue,
        int? MaxValue,
        DateTimeBehavior Behavior,
        string? OptionSet,
        string? Target,
        string? Relationship,
        string CascadeDelete,
        string CascadeAssign,
        Label TrueLabel,
        Label FalseLabel)
    {
        private readonly string? _schemaName;

        /// <summary>
        /// The name in the casing the maker typed (pch_AccountId): exports write it as the attribute's PhysicalName and
        /// a lookup's relationship end, and the Web API names a lookup's navigation property after it. The logical
        /// name (<see cref="Name"/>, what plugins use) is its lower case.
        /// </summary>
        public string SchemaName
        {
            get => _schemaName ?? Name;
            init => _schemaName = value;
        }
    }

    public sealed record KeySource(string Name, IReadOnlyList<string> Columns, Label DisplayName);

    public sealed record FormSource(string Id, string Type, Label Name, Label Description, IReadOnlyList<TabSource> Tabs, string File)
    {
        /// <summary>Who sees the form and in which order; null when the source gives none (check PCH012 fails then).</summary>
        public DisplayConditionsSource? DisplayConditions { get; init; }

        /// <summary>The columns the form's header shows, read-only: the record's state at a glance.</summary>
        public IReadOnlyList<string> HeaderFields { get; init; } = System.Array.Empty<string>();
    }

    /// <summary>
    /// A form's display conditions: its place in the form order (lower first), whether it is the fallback form,
    /// and either everyone or the roles (their Ids in Roles/, or a well-known Dataverse role) that see it.
    /// </summary>
    public sealed record DisplayConditionsSource(int Order, bool Fallback, bool Everyone, IReadOnlyList<string> Roles);

    /// <summary>
    /// The platform's timer control: counts down to <see cref="FailureTime"/>; success, failure and warning when the
    /// choice column <see cref="Status"/> holds the named option (its C# member name in OptionSets/).
    /// </summary>
    public sealed record TimerSource(string Id, Label Label, string FailureTime, string Status, string Success, string? Failure, string? Warning);

    public sealed record TabSource(string Id, Label Label, IReadOnlyList<SectionSource> Sections);

    public sealed record SectionSource(string Id, Label Label, IReadOnlyList<string> Fields)
    {
        /// <summary>Timer controls, shown at the top of the section, before its fields.</summary>
        public IReadOnlyList<TimerSource> Timers { get; init; } = System.Array.Empty<TimerSource>();
    }

    /// <summary>A view: its FetchXML as written; the grid layout shows the fetch's attributes in order.</summary>
    public sealed record ViewSource(string Id, Label Name, Label Description, System.Xml.Linq.XElement Fetch, string File);

    /// <summary>A chart: its data description (FetchXML + category) and presentation (the chart control's XML).</summary>
    public sealed record ChartSource(string Id, Label Name, Label Description, System.Xml.Linq.XElement DataDescription, System.Xml.Linq.XElement Presentation, string File);

    public sealed record RoleSource(string Id, string Name, Label Description, IReadOnlyList<PrivilegeSource> Privileges, string File);

    /// <summary>One table's privilege levels in a role: action (Create, Read, ...) to level (Basic, Local, Deep, Global).</summary>
    public sealed record PrivilegeSource(string Table, IReadOnlyList<KeyValuePair<string, string>> Levels);

    public sealed record DashboardSource(string Id, Label Name, Label Description, IReadOnlyList<IReadOnlyList<DashboardPartSource>> Rows, string File);

    /// <summary>A dashboard part: a view's grid, or a chart over a view when <see cref="Chart"/> is set.</summary>
    public sealed record DashboardPartSource(string Table, string View, string? Chart, Label Label);
}
