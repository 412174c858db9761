using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.Benchmarks.LocalOrganization
{
    /// <summary>
    /// The local organization's hot paths on 1,000 companies and 10,000 actions: Create (without and with the
    /// action steps), Retrieve by id, RetrieveMultiple with an Equal condition on a lookup, and Update.
    /// </summary>
    [MemoryDiagnoser]
    public class LocalOrganizationBenchmarks
    {
        private const int Companies = 1000;
        private const int Actions = 10000;

        private ProChile.Crm.LocalOrganization.LocalOrganization org = null!;
        private IOrganizationService service = null!;
        private readonly List<Guid> accounts = new List<Guid>();
        private int next;

        [GlobalSetup]
        public void Setup()
        {
            org = BenchmarkOrganization.Create(withPlugins: true);
            service = org.Service;
            for (var i = 0; i < Companies; i++)
            {
                accounts.Add(service.Create(BenchmarkOrganization.NewAccount(i)));
            }

            var rows = new List<Entity>();
            for (var i = 0; i < Actions; i++)
            {
                rows.Add(BenchmarkOrganization.NewAction(accounts[i % Companies], i));
            }

            org.Seed(rows.ToArray());
        }

        private Guid NextAccount() => accounts[next++ % Companies];

        [Benchmark]
        public Guid CreateAccount() => service.Create(BenchmarkOrganization.NewAccount(next++));

        [Benchmark]
        public Guid CreateActionWithPlugins() => service.Create(BenchmarkOrganization.NewAction(NextAccount(), next));

        [Benchmark]
        public Entity RetrieveById() => service.Retrieve(BenchmarkOrganization.Account, NextAccount(), new ColumnSet("name"));

        [Benchmark]
        public EntityCollection RetrieveMultipleEqualOnLookup() => service.RetrieveMultiple(BenchmarkOrganization.ActionsOf(NextAccount()));

        [Benchmark]
        public void Update() => service.Update(new Entity(BenchmarkOrganization.Account, NextAccount()) { ["numberofemployees"] = next });
    }
}
