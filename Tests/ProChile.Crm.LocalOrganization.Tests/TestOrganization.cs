using System;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization.Tests
{
    /// <summary>The tables the tests use, declared once: accounts, contacts, tasks and an N:N between accounts and contacts.</summary>
    internal static class TestOrganization
    {
        public static readonly DateTime Start = new DateTime(2024, 6, 3, 15, 0, 0, DateTimeKind.Utc);

        public static LocalOrganization Create(ManualClock? clock = null, TimeZoneInfo? zone = null, AsyncStepExecution async = AsyncStepExecution.Queued, bool filtersSeeCallerColumnsOnly = true)
        {
            var org = new LocalOrganization(new LocalOrganizationOptions
            {
                Clock = clock ?? new ManualClock(Start),
                UserTimeZone = zone ?? TimeZoneInfo.Utc,
                AsyncSteps = async,
                FiltersSeeCallerColumnsOnly = filtersSeeCallerColumnsOnly,
            });
            org.Schema.DeclareTable("contact", t => t
                .PrimaryName("fullname", 160)
                .String("emailaddress1", 100)
                .Integer("numberofchildren")
                .DateTime("birthdate")
                .Lookup("parentcustomerid", "account"));
            org.Schema.DeclareTable("account", t => t
                .PrimaryName("name", 160)
                .String("accountnumber", 20)
                .Integer("numberofemployees")
                .Decimal("creditlimit")
                .Money("revenue")
                .Boolean("donotemail")
                .DateTime("lastcontactedon")
                .Picklist("industrycode", 1, 2, 3)
                .MultiSelectPicklist("prochile_sectores", 10, 20, 30)
                .Lookup("primarycontactid", "contact")
                .Lookup("parentaccountid", "account", CascadeDelete.Cascade, "account_parent_account"));
            org.Schema.DeclareTable("task", t => t
                .PrimaryName("subject", 200)
                .Memo("description")
                .Lookup("regardingobjectid", "account", CascadeDelete.Restrict));
            org.Schema.DeclareManyToMany("prochile_account_contact", "account", "contact");
            return org;
        }
    }
}
