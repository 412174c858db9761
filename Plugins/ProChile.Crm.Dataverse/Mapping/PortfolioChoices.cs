using System;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>C3/C4: the segment and category choices and the rules' enums. The protocol's numbers are the choices' last digit.</summary>
    public static class PortfolioChoices
    {
        public const string ExpectedCategory = "la categoría 1 (Exporta Más), 2 (Trabajo Habitual) o 3 (Trabajo Esporádico)";

        public static int ToChoice(PortfolioCategory category)
        {
            switch (category)
            {
                case PortfolioCategory.ExportaMas:
                    return (int)Choices.Category.ExportaMas;
                case PortfolioCategory.RegularWork:
                    return (int)Choices.Category.TrabajoHabitual;
                case PortfolioCategory.OccasionalWork:
                    return (int)Choices.Category.TrabajoEsporadico;
                default:
                    throw new ArgumentOutOfRangeException(nameof(category), category, "1, 2 and 3 are the protocol's categories.");
            }
        }

        /// <summary>The category of a choice value; null for a value that is not a category.</summary>
        public static PortfolioCategory? ToCategory(int choiceValue)
        {
            switch ((Choices.Category)choiceValue)
            {
                case Choices.Category.ExportaMas:
                    return PortfolioCategory.ExportaMas;
                case Choices.Category.TrabajoHabitual:
                    return PortfolioCategory.RegularWork;
                case Choices.Category.TrabajoEsporadico:
                    return PortfolioCategory.OccasionalWork;
                default:
                    return null;
            }
        }

        public static int ToChoice(AccountSegment segment)
        {
            switch (segment)
            {
                case AccountSegment.Potential:
                    return (int)Choices.Segment.Potential;
                case AccountSegment.OutsidePortfolio:
                    return (int)Choices.Segment.OutsidePortfolio;
                case AccountSegment.Portfolio:
                    return (int)Choices.Segment.Portfolio;
                default:
                    throw new ArgumentOutOfRangeException(nameof(segment), segment, "Potential, OutsidePortfolio and Portfolio are the C3 segments.");
            }
        }
    
        /// <summary>C8: the self-diagnosis result of a choice value; null for a value that is not one.</summary>
        public static ExportPotential? ToExportPotential(int choiceValue)
        {
            switch ((Choices.ExportPotential)choiceValue)
            {
                case Choices.ExportPotential.Alta:
                    return ExportPotential.High;
                case Choices.ExportPotential.Media:
                    return ExportPotential.Medium;
                case Choices.ExportPotential.Baja:
                    return ExportPotential.Low;
                default:
                    return null;
            }
        }
    }
}
