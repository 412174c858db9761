using System;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>The real Solution/src packed with the fixture plugins, once for all check tests (packages are immutable).</summary>
    internal static class GoodPackage
    {
        private static readonly Lazy<SolutionPackage> Package = new(() => Repository.PackWithFixtures());

        private static readonly Lazy<System.Xml.Linq.XDocument> Parsed = new(() => Package.Value.Xml(SolutionPackage.CustomizationsPart));

        public static SolutionPackage Value => Package.Value;

        /// <summary>Its customizations.xml, parsed once (read-only: tests must not change it).</summary>
        public static System.Xml.Linq.XDocument Customizations => Parsed.Value;
    }
}
