using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Security;
using ProChile.Crm.LocalOrganization.Tests.Pipeline;
using ProChile.Crm.Plugins.Registration;
using static ProChile.Crm.LocalOrganization.Tests.Security.SecuredOrganization;

namespace ProChile.Crm.LocalOrganization.Tests.Security
{
    /// <summary>Every call of a user's service passes Dataverse's privilege check and access check; SYSTEM's does not need to.</summary>
    [TestClass]
    public sealed class SecurityChecksTests
    {
        [TestMethod]
        public void CreateWithoutTheCreatePrivilege_IsPrivilegeDenied_NamingTheUserAndTheMissingPrivilege()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, new TablePrivilege("pch_categoryhistory", PrivilegeType.Read, PrivilegeDepth.Global));

            var fault = Faults.Of(() => secured.Org.ServiceFor(user).Create(new Entity("pch_categoryhistory") { ["pch_name"] = "A → B" }));

            Assert.AreEqual(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
            Assert.AreEqual(unchecked((int)0x80040220), fault.ErrorCode);
            StringAssert.StartsWith(fault.Message, $"Principal user (Id={user}, type=8, roleCount=1, privilegeCount=1, accessMode='0 Read-Write', businessUnitId={secured.Norte}), is missing prvCreatepch_CategoryHistory privilege on entity 'pch_categoryhistory'. context.Caller={user}.");
            Assert.AreEqual(0, secured.Org.InspectAll("pch_categoryhistory").Count);
        }

        [TestMethod]
        public void SystemAccountsPrivilegesCarryTheirPlatformNames()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte);

            var fault = Faults.Of(() => secured.Org.ServiceFor(user).Create(new Entity("account") { ["name"] = "Viña Sur" }));

            StringAssert.Contains(fault.Message, "is missing prvCreateAccount privilege on entity 'account'");
            Assert.AreEqual("prvReadActivity", PrivilegeNames.Of("task", "Task", PrivilegeType.Read));
            Assert.AreEqual("prvAppendToUser", PrivilegeNames.Of("systemuser", "SystemUser", PrivilegeType.AppendTo));
        }

        [TestMethod]
        [DataRow(PrivilegeDepth.Basic, "Propia")]
        [DataRow(PrivilegeDepth.Local, "Colega de Norte|Propia")]
        [DataRow(PrivilegeDepth.Deep, "Colega de Antofagasta|Colega de Norte|Propia")]
        [DataRow(PrivilegeDepth.Global, "Colega de Antofagasta|Colega de Norte|Colega de Sur|Propia|Usuario Local")]
        public void RetrieveMultipleLeavesOutTheRowsBeyondTheReadDepth(PrivilegeDepth depth, string expected)
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, new TablePrivilege("account", PrivilegeType.Read, depth));
            Arrange(secured, user);

            Assert.AreEqual(expected, string.Join("|", secured.AccountNamesSeenBy(user)));
        }

        [TestMethod]
        [DataRow(PrivilegeDepth.Basic, "Colega de Norte")]
        [DataRow(PrivilegeDepth.Local, "Colega de Antofagasta")]
        [DataRow(PrivilegeDepth.Deep, "Colega de Sur")]
        public void RetrieveOfARowBeyondTheReadDepth_FailsTheAccessCheck(PrivilegeDepth depth, string beyond)
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, new TablePrivilege("account", PrivilegeType.Read, depth));
            Arrange(secured, user);
            var id = secured.Org.InspectAll("account").Single(a => a.GetAttributeValue<string>("name") == beyond).Id;

            var fault = Faults.Of(() => secured.Org.ServiceFor(user).Retrieve("account", id, new ColumnSet("name")));

            Assert.AreEqual(ErrorCodes.AccessCheckFailed, fault.ErrorCode);
            StringAssert.StartsWith(fault.Message, $"Principal user (Id={user}, type=8, roleCount=1, privilegeCount=1, accessMode='0 Read-Write', businessUnitId={secured.Norte}) does not have ReadAccess right(s) for record with Id = {id} of entity account.");
            StringAssert.Contains(fault.Message, $"prvReadAccount is held at {depth} depth");
        }

        [TestMethod]
        public void RetrieveMultipleWithoutAnyReadPrivilege_IsPrivilegeDenied()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, new TablePrivilege("account", PrivilegeType.Read, PrivilegeDepth.Global));

            var fault = Faults.Of(() => secured.Org.ServiceFor(user).RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet(true) }));

            Assert.AreEqual(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
            StringAssert.Contains(fault.Message, "is missing prvReadContact privilege");
        }

        [TestMethod]
        public void TheSecurityFilterHoldsUnderAnOrFilterAndOnJoinedTables()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte,
                new TablePrivilege("account", PrivilegeType.Read, PrivilegeDepth.Basic),
                new TablePrivilege("contact", PrivilegeType.Read, PrivilegeDepth.Global));
            Arrange(secured, user);
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.FilterOperator = LogicalOperator.Or;
            query.Criteria.AddCondition("name", ConditionOperator.Equal, "Colega de Sur");
            query.Criteria.AddCondition("name", ConditionOperator.Equal, "Propia");

            Assert.AreEqual("Propia", secured.Org.ServiceFor(user).RetrieveMultiple(query).Entities.Single().GetAttributeValue<string>("name"));
            Assert.AreEqual(LogicalOperator.Or, query.Criteria.FilterOperator, "the caller's query is left as it was");
            Assert.AreEqual(2, query.Criteria.Conditions.Count);

            var propia = secured.Org.InspectAll("account").Single(a => a.GetAttributeValue<string>("name") == "Propia").Id;
            var colega = secured.Org.InspectAll("account").Single(a => a.GetAttributeValue<string>("name") == "Colega de Sur").Id;
            secured.Org.Seed(
                new Entity("contact") { ["fullname"] = "De la propia", ["parentcustomerid"] = new EntityReference("account", propia) },
                new Entity("contact") { ["fullname"] = "De la colega", ["parentcustomerid"] = new EntityReference("account", colega) });
            var joined = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            joined.AddLink("account", "parentcustomerid", "accountid");
            Assert.AreEqual("De la propia", secured.Org.ServiceFor(user).RetrieveMultiple(joined).Entities.Single().GetAttributeValue<string>("fullname"));
        }

        [TestMethod]
        public void UpdateNeedsWriteToTheRowsDepth()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, Every("account", PrivilegeDepth.Local, PrivilegeType.Read, PrivilegeType.Write));
            var colleague = secured.AccountOwnedBy(secured.Org.AddUser("Colega", secured.Norte), "Colega de Norte");
            var other = secured.AccountOwnedBy(secured.Org.AddUser("Otra", secured.Sur), "Colega de Sur");

            secured.Org.ServiceFor(user).Update(new Entity("account", colleague) { ["numberofemployees"] = 12 });
            var fault = Faults.Of(() => secured.Org.ServiceFor(user).Update(new Entity("account", other) { ["numberofemployees"] = 12 }));

            Assert.AreEqual(12, secured.Org.Inspect("account", colleague)!.GetAttributeValue<int>("numberofemployees"));
            Assert.AreEqual(ErrorCodes.AccessCheckFailed, fault.ErrorCode);
            StringAssert.Contains(fault.Message, "does not have WriteAccess right(s)");
            StringAssert.Contains(fault.Message, "prvWriteAccount is held at Local depth");
            Assert.IsFalse(secured.Org.Inspect("account", other)!.Contains("numberofemployees"));
        }

        [TestMethod]
        public void UpdateWithoutWrite_IsPrivilegeDenied()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, new TablePrivilege("account", PrivilegeType.Read, PrivilegeDepth.Global));
            var own = secured.AccountOwnedBy(user, "Propia");

            var fault = Faults.Of(() => secured.Org.ServiceFor(user).Update(new Entity("account", own) { ["name"] = "Otra" }));

            Assert.AreEqual(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
            StringAssert.Contains(fault.Message, "is missing prvWriteAccount privilege");
        }

        [TestMethod]
        public void DeleteNeedsDeleteToTheRowsDepth()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, Every("account", PrivilegeDepth.Basic, PrivilegeType.Read, PrivilegeType.Delete));
            var own = secured.AccountOwnedBy(user, "Propia");
            var colleague = secured.AccountOwnedBy(secured.Org.AddUser("Colega", secured.Norte), "Colega de Norte");

            secured.Org.ServiceFor(user).Delete("account", own);
            var fault = Faults.Of(() => secured.Org.ServiceFor(user).Delete("account", colleague));

            Assert.IsNull(secured.Org.Inspect("account", own));
            Assert.AreEqual(ErrorCodes.AccessCheckFailed, fault.ErrorCode);
            StringAssert.Contains(fault.Message, "does not have DeleteAccess right(s)");
            Assert.IsNotNull(secured.Org.Inspect("account", colleague));
        }

        [TestMethod]
        public void ALookupNeedsAppendOnTheRowAndAppendToOnTheRecordItPointsAt()
        {
            var secured = new SecuredOrganization();
            var withoutAppendTo = secured.UserWith(secured.Norte, Every("contact", PrivilegeDepth.Basic, PrivilegeType.Create, PrivilegeType.Read, PrivilegeType.Append));
            var withoutAppend = secured.UserWith(secured.Norte,
                Every("contact", PrivilegeDepth.Basic, PrivilegeType.Create, PrivilegeType.Read)
                    .Append(new TablePrivilege("account", PrivilegeType.AppendTo, PrivilegeDepth.Global)).ToArray());
            var withBoth = secured.UserWith(secured.Norte,
                Every("contact", PrivilegeDepth.Basic, PrivilegeType.Create, PrivilegeType.Read, PrivilegeType.Append)
                    .Append(new TablePrivilege("account", PrivilegeType.AppendTo, PrivilegeDepth.Global)).ToArray());
            var account = new EntityReference("account", secured.AccountOwnedBy(secured.Org.CallerId, "Viña Sur"));
            Entity Contact() => new Entity("contact") { ["fullname"] = "Ana", ["parentcustomerid"] = account };

            var noAppendTo = Faults.Of(() => secured.Org.ServiceFor(withoutAppendTo).Create(Contact()));
            var noAppend = Faults.Of(() => secured.Org.ServiceFor(withoutAppend).Create(Contact()));
            secured.Org.ServiceFor(withBoth).Create(Contact());

            StringAssert.Contains(noAppendTo.Message, "is missing prvAppendToAccount privilege");
            StringAssert.Contains(noAppend.Message, "is missing prvAppendContact privilege");
            Assert.AreEqual(1, secured.Org.InspectAll("contact").Count);
        }

        [TestMethod]
        public void AnUpdateThatLeavesALookupAsItWasNeedsNoAppendTo()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, Every("contact", PrivilegeDepth.Basic, PrivilegeType.Read, PrivilegeType.Write));
            var account = new EntityReference("account", secured.AccountOwnedBy(secured.Org.CallerId, "Viña Sur"));
            var contact = secured.Org.Seed(new Entity("contact") { ["fullname"] = "Ana", ["parentcustomerid"] = account, [SystemColumns.OwnerId] = new EntityReference(SystemColumns.SystemUser, user) })[0];

            secured.Org.ServiceFor(user).Update(new Entity("contact", contact) { ["fullname"] = "Ana María", ["parentcustomerid"] = account });
            var fault = Faults.Of(() => secured.Org.ServiceFor(user).Update(new Entity("contact", contact) { ["parentcustomerid"] = new EntityReference("account", secured.AccountOwnedBy(user, "Otra")) }));

            StringAssert.Contains(fault.Message, "is missing prvAppendContact privilege");
        }

        [TestMethod]
        public void ChangingTheOwnerNeedsAssign_AndOwnerAndUnitFollowTheNewOwner()
        {
            var secured = new SecuredOrganization();
            var assigner = secured.UserWith(secured.Norte, Every("account", PrivilegeDepth.Local, PrivilegeType.Read, PrivilegeType.Write, PrivilegeType.Assign));
            var writer = secured.UserWith(secured.Norte, Every("account", PrivilegeDepth.Local, PrivilegeType.Read, PrivilegeType.Write));
            var account = secured.AccountOwnedBy(assigner, "Viña Sur");
            var heir = secured.Org.AddUser("Heredera", secured.Sur);
            var toHeir = new Entity("account", account) { [SystemColumns.OwnerId] = new EntityReference(SystemColumns.SystemUser, heir) };

            var fault = Faults.Of(() => secured.Org.ServiceFor(writer).Update(toHeir));
            secured.Org.ServiceFor(assigner).Update(toHeir);

            StringAssert.Contains(fault.Message, "is missing prvAssignAccount privilege");
            var stored = secured.Org.Inspect("account", account)!;
            Assert.AreEqual(heir, stored.GetAttributeValue<EntityReference>(SystemColumns.OwnerId).Id);
            Assert.AreEqual(secured.Sur, stored.GetAttributeValue<EntityReference>(SystemColumns.OwningBusinessUnit).Id);
        }

        [TestMethod]
        public void UserOwnedRowsGetTheCallerAsOwnerAndTheCallersUnit()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Antofagasta, Every("account", PrivilegeDepth.Basic, PrivilegeType.Create, PrivilegeType.Read));

            var id = secured.Org.ServiceFor(user).Create(new Entity("account") { ["name"] = "Viña Sur" });

            var stored = secured.Org.Inspect("account", id)!;
            Assert.AreEqual(user, stored.GetAttributeValue<EntityReference>(SystemColumns.OwnerId).Id);
            Assert.AreEqual(secured.Antofagasta, stored.GetAttributeValue<EntityReference>(SystemColumns.OwningBusinessUnit).Id);
        }

        [TestMethod]
        public void CreatingARowForAnotherOwnerNeedsCreateToThatOwnersDepth()
        {
            var secured = new SecuredOrganization();
            var user = secured.UserWith(secured.Norte, Every("account", PrivilegeDepth.Basic, PrivilegeType.Create, PrivilegeType.Read));
            var colleague = secured.Org.AddUser("Colega", secured.Norte);

            var fault = Faults.Of(() => secured.Org.ServiceFor(user).Create(new Entity("account") { ["name"] = "Viña Sur", [SystemColumns.OwnerId] = new EntityReference(SystemColumns.SystemUser, colleague) }));

            Assert.AreEqual(ErrorCodes.AccessCheckFailed, fault.ErrorCode);
            StringAssert.Contains(fault.Message, "does not have CreateAccess right(s)");
        }

        [TestMethod]
        [DataRow(PrivilegeDepth.Basic)]
        [DataRow(PrivilegeDepth.Local)]
        [DataRow(PrivilegeDepth.Deep)]
        public void OrganizationOwnedTablesTakeGlobalOnly(PrivilegeDepth depth)
        {
            var secured = new SecuredOrganization();
            var partial = secured.UserWith(secured.Norte, Every("pch_setting", depth, PrivilegeType.Create, PrivilegeType.Read));
            var global = secured.UserWith(secured.Norte, Every("pch_setting", PrivilegeDepth.Global, PrivilegeType.Create, PrivilegeType.Read));

            var fault = Faults.Of(() => secured.Org.ServiceFor(partial).Create(new Entity("pch_setting") { ["pch_name"] = "S8" }));
            secured.Org.ServiceFor(global).Create(new Entity("pch_setting") { ["pch_name"] = "S8" });

            StringAssert.Contains(fault.Message, "is missing prvCreatepch_setting privilege");
            Assert.AreEqual(1, secured.Org.ServiceFor(global).RetrieveMultiple(new QueryExpression("pch_setting")).Entities.Count);
        }

        [TestMethod]
        public void AssociatingNeedsAppendAndAppendTo()
        {
            var secured = new SecuredOrganization();
            var reader = secured.UserWith(secured.Norte, Every("account", PrivilegeDepth.Global, PrivilegeType.Read, PrivilegeType.Append, PrivilegeType.AppendTo)
                .Concat(Every("contact", PrivilegeDepth.Global, PrivilegeType.Read, PrivilegeType.Append)).ToArray());
            var account = secured.AccountOwnedBy(secured.Org.CallerId, "Viña Sur");
            var contact = secured.Org.Seed(new Entity("contact") { ["fullname"] = "Ana" })[0];
            var related = new EntityReferenceCollection { new EntityReference("contact", contact) };

            var fault = Faults.Of(() => secured.Org.ServiceFor(reader).Associate("account", account, new Relationship("prochile_account_contact"), related));
            secured.Org.Service.Associate("account", account, new Relationship("prochile_account_contact"), related);

            StringAssert.Contains(fault.Message, "is missing prvAppendToContact privilege");
        }

        [TestMethod]
        public void TheSystemServiceIsNotChecked_AUsersServiceInThePluginIs()
        {
            var secured = new SecuredOrganization();
            secured.Org.RegisterPluginsFrom(typeof(ContactForNewAccountPlugin));
            var user = secured.UserWith(secured.Norte, Every("account", PrivilegeDepth.Basic, PrivilegeType.Create, PrivilegeType.Read, PrivilegeType.AppendTo));

            secured.Org.ServiceFor(user).Create(new Entity("account") { ["name"] = "Viña Sur" });

            var contact = secured.Org.InspectAll("contact").Single();
            Assert.AreEqual(secured.Org.SystemUserId, contact.GetAttributeValue<EntityReference>(SystemColumns.CreatedBy).Id);

            var refused = new SecuredOrganization();
            refused.Org.RegisterPluginsFrom(typeof(ContactAsCallerPlugin));
            var caller = refused.UserWith(refused.Norte, Every("account", PrivilegeDepth.Basic, PrivilegeType.Create, PrivilegeType.Read, PrivilegeType.AppendTo));
            var fault = Faults.Of(() => refused.Org.ServiceFor(caller).Create(new Entity("account") { ["name"] = "Viña Sur" }));
            StringAssert.Contains(fault.Message, "is missing prvCreateContact privilege");
            Assert.AreEqual(0, refused.Org.InspectAll("account").Count, "the refusal rolls the save back");
        }

        [TestMethod]
        public void TheOrganizationsCallerIsASystemAdministratorOfTheRootUnit_AndSeedIsNotChecked()
        {
            var secured = new SecuredOrganization();

            CollectionAssert.AreEqual(new[] { PlatformRoles.SystemAdministratorName }, secured.Org.RolesOf(secured.Org.CallerId).ToArray());
            Assert.AreEqual(secured.Org.RootBusinessUnitId, secured.Org.BusinessUnitOf(secured.Org.CallerId));
            var nobody = secured.UserWith(secured.Sur);
            secured.Org.CallerId = nobody;
            secured.Org.Seed(new Entity("account") { ["name"] = "Sembrada" });
            Assert.AreEqual(1, secured.Org.InspectAll("account").Count);
        }

        [TestMethod]
        public void AddUserNamesTheUnknownRoleAndTheDeclaredOnes()
        {
            var secured = new SecuredOrganization();

            var error = Assert.ThrowsExactly<ArgumentException>(() => secured.Org.AddUser("Ana", secured.Norte, "Vendedor"));

            StringAssert.StartsWith(error.Message, "No role is named 'Vendedor'; declared: 'Basic User', 'System Administrator'.");
        }

        [TestMethod]
        public void BasicUserReadsOnlyTheAccountsItOwns_AndNoTableItWasNotGiven()
        {
            var secured = new SecuredOrganization();
            var user = secured.Org.AddUser("Ana", secured.Norte, PlatformRoles.BasicUserName);
            Arrange(secured, user);

            Assert.AreEqual("Propia", string.Join("|", secured.AccountNamesSeenBy(user)));
            Assert.AreEqual(ErrorCodes.PrivilegeDenied, Faults.Of(() => secured.Org.ServiceFor(user).RetrieveMultiple(new QueryExpression("pch_categoryhistory"))).ErrorCode);
        }

        [TestMethod]
        public void AStepRunsAsItsCaller_WhoseNestedCallsThroughSystemRunAsSystemInitiatedByTheCaller_AsynchronousStepsAlike()
        {
            var secured = new SecuredOrganization();
            secured.Org.RegisterPluginsFrom(typeof(ContactForNewAccountPlugin));
            secured.Org.RegisterPluginsFrom(typeof(ContextProbePlugin));
            secured.Org.RegisterPluginsFrom(typeof(AccountContextProbe));
            var user = secured.UserWith(secured.Norte, Every("account", PrivilegeDepth.Basic, PrivilegeType.Create, PrivilegeType.Read));

            secured.Org.ServiceFor(user).Create(new Entity("account") { ["name"] = "Viña Sur" });
            secured.Org.RunPendingAsync();

            Assert.AreEqual($"depth 2 user {secured.Org.SystemUserId} initiating {user} parent Create account", secured.Org.Activity.TracesOf<ContextProbePlugin>().Single());
            Assert.AreEqual($"mode 1 user {user} initiating {user}", secured.Org.Activity.TracesOf<AccountContextProbe>().Single());
        }

        private static void Arrange(SecuredOrganization secured, Guid user)
        {
            secured.AccountOwnedBy(user, "Propia");
            secured.AccountOwnedBy(secured.Org.AddUser("Colega N", secured.Norte), "Colega de Norte");
            secured.AccountOwnedBy(secured.Org.AddUser("Colega A", secured.Antofagasta), "Colega de Antofagasta");
            secured.AccountOwnedBy(secured.Org.AddUser("Colega S", secured.Sur), "Colega de Sur");
            secured.AccountOwnedBy(secured.Org.CallerId, "Usuario Local");
        }
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation)]
    public sealed class ContactAsCallerPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
            factory.CreateOrganizationService(context.UserId).Create(new Entity("contact") { ["fullname"] = "Contacto" });
    }

    /// <summary>An asynchronous step keeps the user and initiating user of the operation that queued it.</summary>
    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation, Mode = StepMode.Asynchronous)]
    public sealed class AccountContextProbe : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
            tracing.Trace("mode {0} user {1} initiating {2}", context.Mode, context.UserId, context.InitiatingUserId);
    }
}
