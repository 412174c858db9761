using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Accounting;
using ProChile.Crm.LocalOrganization.Messages;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Security;
using ProChile.Crm.LocalOrganization.Storage;
using ProChile.Crm.LocalOrganization.Time;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization
{
    /// <summary>
    /// An in-memory Dataverse organization with the plugin pipeline. Declare tables in <see cref="Schema"/>, register
    /// the plugins the way they ship (<see cref="RegisterPluginsFrom(Type)"/> reads their [PluginStep] declarations),
    /// arrange rows with <see cref="Seed"/>, act through <see cref="Service"/> (an IOrganizationService for
    /// <see cref="CallerId"/>), then assert on <see cref="Inspect"/>, <see cref="Activity"/> (calls, step order,
    /// traces) and <see cref="RunPendingAsync"/>'s outcomes. <see cref="Faults"/> makes chosen calls fail.
    /// Security is Dataverse's: business units (<see cref="AddBusinessUnit"/>), users in them holding roles
    /// (<see cref="AddUser(string, Guid, string[])"/>), and every call of a user's service checked against the roles'
    /// privileges and depths; SYSTEM (a plugin's CreateOrganizationService(null)) is not checked, nor are
    /// <see cref="Seed"/> and <see cref="Inspect"/>. <see cref="CallerId"/> starts as a System Administrator.
    /// Not thread-safe: one organization per test.
    /// </summary>
    public sealed partial class LocalOrganization
    {
        private readonly OrganizationCore core;
        private readonly StepRegistry steps;
        private readonly OrganizationRuntime runtime;
        private readonly RecordWriter writer;

        public LocalOrganization()
            : this(new LocalOrganizationOptions())
        {
        }

        public LocalOrganization(LocalOrganizationOptions options)
        {
            core = new OrganizationCore(options);
            Activity = new OrganizationActivity(options.KeepCallLog);
            steps = new StepRegistry(core.Schema, core.Ids.Next);
            runtime = new OrganizationRuntime(core, Activity, Faults, steps);
            writer = new RecordWriter(core);
            core.RootBusinessUnitId = core.Ids.Next();
            core.SystemUserId = core.Ids.Next();
            Setup(transaction =>
            {
                core.Store.Insert(Directory(SystemColumns.BusinessUnit, core.RootBusinessUnitId, "name", options.OrganizationName), transaction);
                core.Store.Insert(Directory(SystemColumns.SystemUser, core.SystemUserId, "fullname", "SYSTEM"), transaction);
            });
            CallerId = AddUser("Usuario Local");
        }

        public OrganizationSchema Schema => core.Schema;

        public OrganizationActivity Activity { get; }

        public FaultInjector Faults { get; } = new FaultInjector();

        public IOrganizationClock Clock => core.Clock;

        public Guid OrganizationId => core.OrganizationId;

        public Guid RootBusinessUnitId => core.RootBusinessUnitId;

        /// <summary>The SYSTEM user, whom a plugin's CreateOrganizationService(null) acts as.</summary>
        public Guid SystemUserId => core.SystemUserId;

        /// <summary>The user <see cref="Service"/> acts as (a System Administrator in the root unit, created with the organization, unless changed).</summary>
        public Guid CallerId { get; set; }

        /// <summary>An organization service for <see cref="CallerId"/>, as an outside caller (depth 1) holds it.</summary>
        public IOrganizationService Service => ServiceFor(CallerId);

        public int PendingAsyncJobs => runtime.AsyncJobs.Count;

        public IOrganizationService ServiceFor(Guid userId)
        {
            if (core.Store.Find(SystemColumns.SystemUser, userId) == null)
            {
                throw new ArgumentException($"systemuser {userId} does not exist; add it with {nameof(AddUser)}.", nameof(userId));
            }

            return new LocalOrganizationService(runtime, CallerContext.Outside(userId));
        }

        /// <summary>
        /// Adds an enabled user in the root business unit holding System Administrator, as the organization's first
        /// users are (setup data: no pipeline, not counted). Use the overload with roles for anyone else.
        /// </summary>
        public Guid AddUser(string fullName) => AddUser(fullName, RootBusinessUnitId, PlatformRoles.SystemAdministratorName);

        /// <summary>
        /// Adds an enabled user in <paramref name="businessUnitId"/> holding the named roles (declared in
        /// <see cref="OrganizationSchema.Roles"/>: "Basic User", "System Administrator", the solution's). Setup data.
        /// </summary>
        public Guid AddUser(string fullName, Guid businessUnitId, params string[] roleNames)
        {
            RequireBusinessUnit(businessUnitId);
            foreach (var name in roleNames)
            {
                core.Schema.Roles.Role(name);
            }

            var id = core.Ids.Next();
            Setup(transaction => core.Store.Insert(
                Directory(SystemColumns.SystemUser, id, "fullname", fullName).With(new Dictionary<string, object?>
                {
                    ["businessunitid"] = new EntityReference(SystemColumns.BusinessUnit, businessUnitId),
                    ["isdisabled"] = false,
                }),
                transaction));
            core.Principals.Grant(id, roleNames);
            return id;
        }

        /// <summary>Adds a business unit under <paramref name="parentBusinessUnitId"/> (null: under the root). Setup data.</summary>
        public Guid AddBusinessUnit(string name, Guid? parentBusinessUnitId = null)
        {
            var parent = parentBusinessUnitId ?? RootBusinessUnitId;
            RequireBusinessUnit(parent);
            var id = core.Ids.Next();
            Setup(transaction => core.Store.Insert(
                Directory(SystemColumns.BusinessUnit, id, "name", name).With(new Dictionary<string, object?>
                {
                    ["parentbusinessunitid"] = new EntityReference(SystemColumns.BusinessUnit, parent),
                }),
                transaction));
            return id;
        }

        /// <summary>The names of the roles a user holds.</summary>
        public IReadOnlyList<string> RolesOf(Guid userId) => core.Principals.RolesOf(userId);

        /// <summary>The business unit a user belongs to.</summary>
        public Guid BusinessUnitOf(Guid userId) => core.Principals.BusinessUnitOf(userId);

        private void RequireBusinessUnit(Guid businessUnitId)
        {
            if (core.Store.Find(SystemColumns.BusinessUnit, businessUnitId) == null)
            {
                throw new ArgumentException($"businessunit {businessUnitId} does not exist; add it with {nameof(AddBusinessUnit)}.", nameof(businessUnitId));
            }
        }

        /// <summary>Registers every step the plugin type declares with [PluginStep]; returns the declarations.</summary>
        public IReadOnlyList<StepDeclaration> RegisterPluginsFrom(Type pluginType)
        {
            var declarations = StepDeclarationReader.Read(pluginType);
            if (declarations.Count == 0)
            {
                throw new ArgumentException($"{pluginType.FullName} declares no [PluginStep]; nothing would run.", nameof(pluginType));
            }

            foreach (var declaration in declarations)
            {
                steps.Register(declaration, pluginType);
            }

            return declarations;
        }

        /// <summary>Registers every step every plugin type of the assembly declares.</summary>
        public IReadOnlyList<StepDeclaration> RegisterPluginsFrom(Assembly assembly)
        {
            var declarations = StepDeclarationReader.Read(assembly);
            foreach (var declaration in declarations)
            {
                steps.Register(declaration, assembly.GetType(declaration.PluginTypeFullName, throwOnError: true)!);
            }

            return declarations;
        }

        /// <summary>Registers one step from a declaration built by hand (tests of the pipeline itself).</summary>
        public void RegisterStep(StepDeclaration declaration, Type pluginType) => steps.Register(declaration, pluginType);

        /// <summary>Runs the queued asynchronous steps (and those they queue) and reports how each ended.</summary>
        public IReadOnlyList<AsyncJobOutcome> RunPendingAsync() => runtime.AsyncJobs.RunPending(runtime.Invoker);

        /// <summary>
        /// Inserts rows as arranged test data: the same validation and system columns as Create, but no plugins run and
        /// nothing is counted. The caller is <see cref="CallerId"/>. Returns each row's id.
        /// </summary>
        public IReadOnlyList<Guid> Seed(params Entity[] rows) =>
            Setup(transaction => rows.Select(row => writer.Create(core.Schema.Table(row.LogicalName), AttributeValues.CloneEntity(row), CallerId, transaction)).ToList());

        /// <summary>A stored row with all its columns, read without plugins or accounting; null if there is none.</summary>
        public Entity? Inspect(string table, Guid id)
        {
            return core.Queries(CallerId).Row(core.Schema.Table(table).LogicalName, id);
        }

        /// <summary>Every stored row of a table with all columns, in primary key order, read without plugins or accounting.</summary>
        public IReadOnlyList<Entity> InspectAll(string table) =>
            core.Queries(CallerId).Execute(new QueryExpression(core.Schema.Table(table).LogicalName) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

        private static StoredRecord Directory(string table, Guid id, string nameColumn, string name) =>
            new StoredRecord(table, id, new Dictionary<string, object>(StringComparer.Ordinal) { [table + "id"] = id, [nameColumn] = name });

        private void Setup(Action<StoreTransaction> write) => Setup(transaction =>
        {
            write(transaction);
            return 0;
        });

        private T Setup<T>(Func<StoreTransaction, T> write)
        {
            var transaction = new StoreTransaction();
            try
            {
                var result = write(transaction);
                transaction.Commit();
                return result;
            }
            catch
            {
                transaction.Rollback();
                throw;
            }
        }
    }
}
