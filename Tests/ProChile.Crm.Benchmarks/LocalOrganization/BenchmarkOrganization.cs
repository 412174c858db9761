using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization;
using ProChile.Crm.LocalOrganization.Time;
using ProChile.Crm.Registration;

namespace ProChile.Crm.Benchmarks.LocalOrganization
{
    /// <summary>
    /// The organization the local-organization benchmarks run on: companies (account) and their attention actions
    /// (prochile_accion, a lookup to the company and a choice), with a synchronous PostOperation step on the action
    /// Create that reads the company, queries its actions and updates the company, as the shipped action plugins do.
    /// </summary>
    internal static class BenchmarkOrganization
    {
        public const string Account = "account";
        public const string Action = "prochile_accion";
        public const string Company = "prochile_empresaid";

        public static ProChile.Crm.LocalOrganization.LocalOrganization Create(bool withPlugins)
        {
            var org = new ProChile.Crm.LocalOrganization.LocalOrganization(new LocalOrganizationOptions
            {
                Clock = new ManualClock(new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc)),
                UserTimeZone = TimeZoneInfo.Utc,
            });
            org.Schema.DeclareTable(Account, t => t
                .PrimaryName("name", 160)
                .String("accountnumber", 20)
                .Integer("numberofemployees")
                .Picklist("industrycode", 1, 2, 3));
            org.Schema.DeclareTable(Action, t => t
                .PrimaryName("prochile_asunto", 200)
                .Lookup(Company, Account)
                .Picklist("prochile_tipo", 1, 2, 3)
                .DateTime("prochile_fecha"));
            if (withPlugins)
            {
                org.RegisterStep(Step(typeof(ActionCountPlugin), 40), typeof(ActionCountPlugin));
                org.RegisterStep(Step(typeof(ActionSubjectPlugin), 20), typeof(ActionSubjectPlugin));
            }

            return org;
        }

        public static Entity NewAccount(int i) => new Entity(Account)
        {
            ["name"] = "Empresa " + i,
            ["accountnumber"] = "RUT-" + i,
            ["industrycode"] = new OptionSetValue(1 + (i % 3)),
        };

        public static Entity NewAction(Guid account, int i) => new Entity(Action)
        {
            ["prochile_asunto"] = "Acción " + i,
            [Company] = new EntityReference(Account, account),
            ["prochile_tipo"] = new OptionSetValue(1 + (i % 3)),
        };

        public static QueryExpression ActionsOf(Guid account)
        {
            var query = new QueryExpression(Action) { ColumnSet = new ColumnSet("prochile_asunto", "prochile_tipo") };
            query.Criteria.AddCondition(Company, ConditionOperator.Equal, account);
            return query;
        }

        private static StepDeclaration Step(Type plugin, int stage) =>
            new StepDeclaration(plugin.FullName!, "Create", Action, stage, 0, 1, Array.Empty<string>(), null, null, null, false);
    }

    /// <summary>PreOperation: stamps a subject when none was given (no service calls).</summary>
    public sealed class ActionSubjectPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var target = (Entity)context.InputParameters["Target"];
            if (!target.Contains("prochile_asunto"))
            {
                target["prochile_asunto"] = "Acción";
            }
        }
    }

    /// <summary>PostOperation: retrieves the company, counts its actions and writes the count back (3 service calls).</summary>
    public sealed class ActionCountPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            var service = factory.CreateOrganizationService(context.UserId);
            var target = (Entity)context.InputParameters["Target"];
            var company = (EntityReference)target[BenchmarkOrganization.Company];
            service.Retrieve(company.LogicalName, company.Id, new ColumnSet("name"));
            var actions = service.RetrieveMultiple(BenchmarkOrganization.ActionsOf(company.Id)).Entities.Count;
            service.Update(new Entity(company.LogicalName, company.Id) { ["numberofemployees"] = actions });
        }
    }
}
