namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C4: the category of a portfolio company. The numbers are the protocol's.</summary>
    public enum PortfolioCategory
    {
        /// <summary>1: Exporta Más (follows membership of the programme).</summary>
        ExportaMas = 1,

        /// <summary>2: Trabajo Habitual.</summary>
        RegularWork = 2,

        /// <summary>3: Trabajo Esporádico (less prioritised).</summary>
        OccasionalWork = 3,
    }

    public static class PortfolioCategoryText
    {
        /// <summary>The protocol's label, e.g. "2: Trabajo Habitual".</summary>
        public static string Label(this PortfolioCategory category)
        {
            switch (category)
            {
                case PortfolioCategory.ExportaMas:
                    return "1: Exporta Más";
                case PortfolioCategory.RegularWork:
                    return "2: Trabajo Habitual";
                case PortfolioCategory.OccasionalWork:
                    return "3: Trabajo Esporádico";
                default:
                    return ((int)category).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
