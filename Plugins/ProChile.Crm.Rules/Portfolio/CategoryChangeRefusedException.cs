using System;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C4: a category change that the protocol does not allow. The message (Spanish) says what is allowed.</summary>
    public sealed class CategoryChangeRefusedException : Exception
    {
        public CategoryChangeRefusedException(PortfolioCategory requested, string message) : base(message)
        {
            Requested = requested;
        }

        public PortfolioCategory Requested { get; }
    }
}
