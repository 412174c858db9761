using System;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>The real Solution/src packed with the fixture plugins, once for all check tests (packages are immutable).</summary>
    internal static class GoodPackage
    {
        private static readonly Lazy<SolutionPackage> Package = new(() => Repository.PackWithFixtures());

        public static SolutionPackage Value => Package.Value;
    }
}
