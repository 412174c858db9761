using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    /// <summary>Five accounts with known values, and a helper that runs a filter and returns the matching names in order.</summary>
    internal sealed class QueryFixture
    {
        public QueryFixture(TimeZoneInfo? zone = null)
        {
            Org = TestOrganization.Create(new ManualClock(TestOrganization.Start), zone);
            Contact = Org.Seed(new Entity("contact") { ["fullname"] = "Ana Rojas" })[0];
            Org.Seed(
                Account("Región Sur", 10, new DateTime(2024, 6, 3, 2, 0, 0, DateTimeKind.Utc), 1, contact: true),
                Account("region norte", 250, new DateTime(2024, 5, 30, 12, 0, 0, DateTimeKind.Utc), 2, contact: false),
                Account("Viña Central", 40, new DateTime(2023, 12, 31, 23, 0, 0, DateTimeKind.Utc), null, contact: false),
                Account("Frutícola", null, new DateTime(2024, 6, 5, 9, 0, 0, DateTimeKind.Utc), 3, contact: true),
                Account("Minera 100%", 100, null, 1, contact: false));
        }

        public LocalOrganization Org { get; }

        public Guid Contact { get; }

        public string[] Names(params ConditionExpression[] conditions)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            foreach (var condition in conditions)
            {
                query.Criteria.AddCondition(condition);
            }

            return Names(query);
        }

        public string[] Names(QueryExpression query)
        {
            query.AddOrder("name", OrderType.Ascending);
            return Org.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray();
        }

        private Entity Account(string name, int? employees, DateTime? lastContacted, int? industry, bool contact)
        {
            var account = new Entity("account") { ["name"] = name, ["numberofemployees"] = employees, ["lastcontactedon"] = lastContacted };
            if (industry != null)
            {
                account["industrycode"] = new OptionSetValue(industry.Value);
            }

            if (contact)
            {
                account["primarycontactid"] = new EntityReference("contact", Contact);
            }

            return account;
        }
    }
}
