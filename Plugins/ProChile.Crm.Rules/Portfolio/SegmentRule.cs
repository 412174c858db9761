using System;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C1-C3: decides whether an account is potential, outside the portfolio (NO CARTERA) or in it (CARTERA).
    /// Conditions are checked in a fixed order and the first that fails decides, so the reason shown is the
    /// one to fix first:
    /// <list type="number">
    /// <item>deactivated: NO CARTERA (a deactivated card-only record is no longer a prospect either);</item>
    /// <item>required fields incomplete: potential (C1);</item>
    /// <item>contact data incomplete: NO CARTERA, incomplete data;</item>
    /// <item>not validated by its regional executive: NO CARTERA, pending validation (C2 requires it);</item>
    /// <item>neither exporter nor with export capacity, or outside the strategy's sectors: NO CARTERA, out of focus.</item>
    /// </list>
    /// <b>Interpretation</b>: Exporta Más companies "are inside the portfolio" (C2); the programme admits
    /// companies with export potential, so membership counts as meeting the focus condition. It does not
    /// excuse incomplete data, missing validation or deactivation.
    /// </summary>
    public static class SegmentRule
    {
        public static readonly DecisionReason Deactivated = new DecisionReason(
            "C3.Deactivated", "C3", "NO CARTERA: la cuenta está desactivada.");

        public static readonly DecisionReason RequiredDataIncomplete = new DecisionReason(
            "C1.RequiredDataIncomplete", "C1", "Cuenta potencial: faltan datos obligatorios (campos con asterisco rojo en CRM).");

        public static readonly DecisionReason ContactDataIncomplete = new DecisionReason(
            "C3.ContactDataIncomplete", "C3", "NO CARTERA: datos incompletos, faltan datos de contacto en CRM.");

        public static readonly DecisionReason NotValidated = new DecisionReason(
            "C3.NotValidated", "C3", "NO CARTERA: falta la validación de su ejecutivo(a) regional.");

        public static readonly DecisionReason NoExportCapacity = new DecisionReason(
            "C3.OutOfFocus.NoExportCapacity", "C3", "NO CARTERA: fuera de foco, no es exportadora ni tiene capacidad exportadora.");

        public static readonly DecisionReason OutsideStrategicSectors = new DecisionReason(
            "C3.OutOfFocus.Sector", "C3", "NO CARTERA: fuera de foco, su sector no está entre los que aborda la estrategia institucional.");

        public static readonly DecisionReason ExportaMasMember = new DecisionReason(
            "C2.ExportaMas", "C2", "CARTERA: empresa del programa Exporta Más, activa, con datos completos y validada por su ejecutivo(a) regional.");

        public static readonly DecisionReason Member = new DecisionReason(
            "C2.Member", "C2", "CARTERA: activa, con datos de contacto completos, validada por su ejecutivo(a) regional, exportadora o con capacidad exportadora y de un sector de la estrategia institucional.");

        public static SegmentDecision Decide(AccountProfile account)
        {
            if (account is null)
            {
                throw new ArgumentNullException(nameof(account));
            }
            var failed = FirstUnmetCondition(account);
            if (failed is not null)
            {
                var segment = ReferenceEquals(failed, RequiredDataIncomplete) ? AccountSegment.Potential : AccountSegment.OutsidePortfolio;
                return new SegmentDecision(segment, failed);
            }
            return new SegmentDecision(AccountSegment.Portfolio, account.IsExportaMas ? ExportaMasMember : Member);
        }

        private static DecisionReason? FirstUnmetCondition(AccountProfile account)
        {
            if (!account.IsActive)
            {
                return Deactivated;
            }
            if (!account.RequiredDataComplete)
            {
                return RequiredDataIncomplete;
            }
            if (!account.ContactDataComplete)
            {
                return ContactDataIncomplete;
            }
            if (!account.ValidatedByRegionalExecutive)
            {
                return NotValidated;
            }
            if (account.IsExportaMas)
            {
                return null;
            }
            if (!account.ExportsOrHasExportCapacity)
            {
                return NoExportCapacity;
            }
            return account.InStrategicSector ? null : OutsideStrategicSectors;
        }
    }
}
