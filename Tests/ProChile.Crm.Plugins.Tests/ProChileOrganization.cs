using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization;
using ProChile.Crm.LocalOrganization.Solution;
using ProChile.Crm.LocalOrganization.Time;
using ProChile.Crm.Plugins.Pipeline;

namespace ProChile.Crm.Plugins.Tests
{
    /// <summary>
    /// A local organization with the solution's tables (declared from Solution/src, as they ship) and every plugin of
    /// the shipped assembly registered from its [PluginStep] declarations, and its Custom APIs from their [CustomApi]
    /// declarations, as the solution registers them.
    /// </summary>
    internal static class ProChileOrganization
    {
        public static LocalOrganization.LocalOrganization Create(DateTime nowUtc) =>
            Create(nowUtc, AsyncStepExecution.Queued);

        /// <param name="filtersSeeCallerColumnsOnly">Steps' filters match only the columns the caller sent (see <see cref="LocalOrganizationOptions.FiltersSeeCallerColumnsOnly"/>).</param>
        public static LocalOrganization.LocalOrganization Create(DateTime nowUtc, AsyncStepExecution asyncSteps, bool registerPlugins = true, bool filtersSeeCallerColumnsOnly = true)
        {
            var org = new LocalOrganization.LocalOrganization(new LocalOrganizationOptions
            {
                Clock = new ManualClock(nowUtc),
                AsyncSteps = asyncSteps,
                KeepCallLog = true,
                FiltersSeeCallerColumnsOnly = filtersSeeCallerColumnsOnly,
            });
            SolutionTables.Shipped.DeclareOn(org.Schema);
            if (registerPlugins)
            {
                org.RegisterPluginsFrom(typeof(PluginBase).Assembly);
                org.RegisterCustomApisFrom(typeof(PluginBase).Assembly);
            }
            return org;
        }

        public static ManualClock ClockOf(LocalOrganization.LocalOrganization org) => (ManualClock)org.Clock;
    }
}
