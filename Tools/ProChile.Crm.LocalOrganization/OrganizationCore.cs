using System;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Querying;
using ProChile.Crm.LocalOrganization.Storage;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization
{
    /// <summary>
    /// The state every part of one organization shares: its metadata, rows, clock, id and version sequences and the
    /// identities the platform stamps (SYSTEM user, root business unit), and who holds which role. No behaviour of its own beyond handing these out.
    /// </summary>
    internal sealed class OrganizationCore
    {
        private long version;

        public OrganizationCore(LocalOrganizationOptions options)
        {
            Options = options;
            Clock = options.Clock;
            Ids = new SequentialIdGenerator(options.IdSeed);
            OrganizationId = Ids.Next();
            Principals = new Security.SecurityPrincipals(Store);
            Security = new Security.AccessChecker(this);
        }

        public LocalOrganizationOptions Options { get; }

        public OrganizationSchema Schema { get; } = new OrganizationSchema();

        public RecordStore Store { get; } = new RecordStore();

        public IOrganizationClock Clock { get; }

        /// <summary>Each user's unit and roles, and the unit tree.</summary>
        public Security.SecurityPrincipals Principals { get; }

        /// <summary>The privilege and access checks every checked call goes through.</summary>
        public Security.AccessChecker Security { get; }

        public SequentialIdGenerator Ids { get; }

        public Guid OrganizationId { get; }

        public Guid SystemUserId { get; set; }

        public Guid RootBusinessUnitId { get; set; }

        public UserCalendar Calendar => new UserCalendar(Clock, Options.UserTimeZone);

        /// <summary>The next rowversion: one counter for the whole database, as SQL Server's rowversion.</summary>
        public long NextVersion() => ++version;

        public QueryEvaluator Queries(Guid callerId) => new QueryEvaluator(Schema, Store, Calendar, callerId);
    }
}
