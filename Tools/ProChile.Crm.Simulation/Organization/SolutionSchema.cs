using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Solution;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.Simulation.Organization
{
    /// <summary>
    /// The solution as the simulation needs it: its tables, declared on each cohort's local organization by the
    /// shared <see cref="SolutionTables"/> (from Solution/src, as they ship), and its choices' Spanish labels and
    /// names, for the summary and the report (e.g. pch_region 168700010 → "Ñuble", pch_deadlinerule 168700014 → "S14").
    /// </summary>
    public sealed class SolutionSchema
    {
        private readonly SolutionTables tables;

        private SolutionSchema(SolutionTables tables)
        {
            this.tables = tables;
        }

        public SolutionSource Source => tables.Source;

        /// <summary>The solution source copied beside the running tool.</summary>
        public static SolutionSchema Load() => new SolutionSchema(SolutionTables.Shipped);

        public static SolutionSchema Load(string sourceDirectory) => new SolutionSchema(SolutionTables.Load(sourceDirectory));

        public void DeclareOn(OrganizationSchema schema) => tables.DeclareOn(schema);

        /// <summary>The Spanish label of a choice value, or the value itself if the choice has no such option.</summary>
        public string ChoiceLabel(string optionSet, int value) =>
            Option(optionSet, value)?.Label.Spanish ?? value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The option's name (the C# enum member, e.g. "S1") of a choice value, or the value itself if unknown.</summary>
        public string ChoiceName(string optionSet, int value) =>
            Option(optionSet, value)?.Name ?? value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A choice's values with their Spanish labels, in the choice's order.</summary>
        public IReadOnlyList<(int Value, string Label)> Options(string optionSet) =>
            OptionSet(optionSet)?.Options.Select(o => (o.Value, o.Label.Spanish)).ToList()
            ?? throw new SolutionSourceException(optionSet, "is not a choice of Solution/src/OptionSets.");

        private OptionSetSource? OptionSet(string name) => Source.OptionSets.FirstOrDefault(o => o.Name == name);

        private OptionSource? Option(string optionSet, int value) => OptionSet(optionSet)?.Options.FirstOrDefault(o => o.Value == value);
    }
}
