using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Security;
using ProChile.Crm.LocalOrganization.Solution;

namespace ProChile.Crm.Plugins.Tests.Security
{
    /// <summary>
    /// Least privilege, both ways: every grant of every shipped role is needed by a named job, and removing it makes
    /// that job fail with Dataverse's privilege fault naming the privilege. A grant added to Solution/src/Roles
    /// without a job that needs it fails <see cref="EveryGrantOfEveryShippedRoleIsListedHere"/>.
    /// </summary>
    [TestClass]
    public sealed class RemovedPrivilegeTests
    {
        private const string Regional = SolutionRoles.RegionalExecutive;
        private const string Commercial = SolutionRoles.CommercialExecutive;
        private const string Administrator = SolutionRoles.PortfolioAdministrator;

        private static readonly Dictionary<string, Action<ProChileStaff>> Jobs = new Dictionary<string, Action<ProChileStaff>>(StringComparer.Ordinal)
        {
            [nameof(StaffJobs.RegionalRegistersAndValidatesCompanies)] = StaffJobs.RegionalRegistersAndValidatesCompanies,
            [nameof(StaffJobs.RegionalRegistersActions)] = StaffJobs.RegionalRegistersActions,
            [nameof(StaffJobs.RegionalWorksRequests)] = StaffJobs.RegionalWorksRequests,
            [nameof(StaffJobs.RegionalLeavesABehaviourNoteAndMovesItThroughItsStates)] = StaffJobs.RegionalLeavesABehaviourNoteAndMovesItThroughItsStates,
            [nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany)] = StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany,
            [nameof(StaffJobs.CommercialAnswersImporterDemands)] = StaffJobs.CommercialAnswersImporterDemands,
            [nameof(StaffJobs.AdministratorAddsMovesAndWithdrawsAOneOffHoliday)] = StaffJobs.AdministratorAddsMovesAndWithdrawsAOneOffHoliday,
            [nameof(StaffJobs.AdministratorChangesASetting)] = StaffJobs.AdministratorChangesASetting,
            [nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany)] = StaffJobs.AdministratorFixesACategoryAndReassignsACompany,
        };

        [TestMethod]
        [DataRow(Regional, "account", PrivilegeType.Read, nameof(StaffJobs.RegionalRegistersAndValidatesCompanies))]
        [DataRow(Regional, "account", PrivilegeType.Write, nameof(StaffJobs.RegionalRegistersAndValidatesCompanies))]
        [DataRow(Regional, "account", PrivilegeType.Append, nameof(StaffJobs.RegionalRegistersAndValidatesCompanies))]
        [DataRow(Regional, "account", PrivilegeType.AppendTo, nameof(StaffJobs.RegionalRegistersActions))]
        [DataRow(Regional, "pch_action", PrivilegeType.Create, nameof(StaffJobs.RegionalRegistersActions))]
        [DataRow(Regional, "pch_action", PrivilegeType.Read, nameof(StaffJobs.RegionalRegistersActions))]
        [DataRow(Regional, "pch_action", PrivilegeType.Write, nameof(StaffJobs.RegionalRegistersActions))]
        [DataRow(Regional, "pch_action", PrivilegeType.Delete, nameof(StaffJobs.RegionalRegistersActions))]
        [DataRow(Regional, "pch_action", PrivilegeType.Append, nameof(StaffJobs.RegionalRegistersActions))]
        [DataRow(Regional, "pch_categoryhistory", PrivilegeType.Read, nameof(StaffJobs.RegionalRegistersActions))]
        [DataRow(Regional, "pch_request", PrivilegeType.Create, nameof(StaffJobs.RegionalWorksRequests))]
        [DataRow(Regional, "pch_request", PrivilegeType.Read, nameof(StaffJobs.RegionalWorksRequests))]
        [DataRow(Regional, "pch_request", PrivilegeType.Write, nameof(StaffJobs.RegionalWorksRequests))]
        [DataRow(Regional, "pch_request", PrivilegeType.Append, nameof(StaffJobs.RegionalWorksRequests))]
        [DataRow(Regional, "pch_request", PrivilegeType.Assign, nameof(StaffJobs.RegionalWorksRequests))]
        [DataRow(Regional, "pch_holiday", PrivilegeType.Read, nameof(StaffJobs.RegionalWorksRequests))]
        [DataRow(Regional, "pch_behaviournote", PrivilegeType.Create, nameof(StaffJobs.RegionalLeavesABehaviourNoteAndMovesItThroughItsStates))]
        [DataRow(Regional, "pch_behaviournote", PrivilegeType.Read, nameof(StaffJobs.RegionalLeavesABehaviourNoteAndMovesItThroughItsStates))]
        [DataRow(Regional, "pch_behaviournote", PrivilegeType.Write, nameof(StaffJobs.RegionalLeavesABehaviourNoteAndMovesItThroughItsStates))]
        [DataRow(Regional, "pch_behaviournote", PrivilegeType.Append, nameof(StaffJobs.RegionalLeavesABehaviourNoteAndMovesItThroughItsStates))]
        [DataRow(Commercial, "account", PrivilegeType.Read, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "account", PrivilegeType.AppendTo, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "pch_action", PrivilegeType.Create, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "pch_action", PrivilegeType.Read, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "pch_action", PrivilegeType.Write, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "pch_action", PrivilegeType.Delete, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "pch_action", PrivilegeType.Append, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "pch_behaviournote", PrivilegeType.Read, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "pch_categoryhistory", PrivilegeType.Read, nameof(StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany))]
        [DataRow(Commercial, "pch_request", PrivilegeType.Create, nameof(StaffJobs.CommercialAnswersImporterDemands))]
        [DataRow(Commercial, "pch_request", PrivilegeType.Read, nameof(StaffJobs.CommercialAnswersImporterDemands))]
        [DataRow(Commercial, "pch_request", PrivilegeType.Write, nameof(StaffJobs.CommercialAnswersImporterDemands))]
        [DataRow(Commercial, "pch_request", PrivilegeType.Append, nameof(StaffJobs.CommercialAnswersImporterDemands))]
        [DataRow(Commercial, "pch_request", PrivilegeType.Assign, nameof(StaffJobs.CommercialAnswersImporterDemands))]
        [DataRow(Administrator, "pch_holiday", PrivilegeType.Create, nameof(StaffJobs.AdministratorAddsMovesAndWithdrawsAOneOffHoliday))]
        [DataRow(Administrator, "pch_holiday", PrivilegeType.Read, nameof(StaffJobs.AdministratorAddsMovesAndWithdrawsAOneOffHoliday))]
        [DataRow(Administrator, "pch_holiday", PrivilegeType.Write, nameof(StaffJobs.AdministratorAddsMovesAndWithdrawsAOneOffHoliday))]
        [DataRow(Administrator, "pch_holiday", PrivilegeType.Delete, nameof(StaffJobs.AdministratorAddsMovesAndWithdrawsAOneOffHoliday))]
        [DataRow(Administrator, "pch_setting", PrivilegeType.Create, nameof(StaffJobs.AdministratorChangesASetting))]
        [DataRow(Administrator, "pch_setting", PrivilegeType.Read, nameof(StaffJobs.AdministratorChangesASetting))]
        [DataRow(Administrator, "pch_setting", PrivilegeType.Write, nameof(StaffJobs.AdministratorChangesASetting))]
        [DataRow(Administrator, "pch_setting", PrivilegeType.Delete, nameof(StaffJobs.AdministratorChangesASetting))]
        [DataRow(Administrator, "account", PrivilegeType.Read, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        [DataRow(Administrator, "account", PrivilegeType.Write, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        [DataRow(Administrator, "account", PrivilegeType.Assign, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        [DataRow(Administrator, "pch_action", PrivilegeType.Read, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        [DataRow(Administrator, "pch_action", PrivilegeType.Assign, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        [DataRow(Administrator, "pch_request", PrivilegeType.Read, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        [DataRow(Administrator, "pch_request", PrivilegeType.Assign, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        [DataRow(Administrator, "pch_behaviournote", PrivilegeType.Read, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        [DataRow(Administrator, "pch_categoryhistory", PrivilegeType.Read, nameof(StaffJobs.AdministratorFixesACategoryAndReassignsACompany))]
        public void WithoutTheGrant_TheJobFailsWithThePrivilegeFaultNamingIt(string role, string table, PrivilegeType privilege, string job)
        {
            var staff = new ProChileStaff(new RemovedPrivilege(role, table, privilege));

            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => Jobs[job](staff)).Detail;

            Assert.IsTrue(ErrorCodes.IsSecurityRefusal(fault.ErrorCode), $"0x{fault.ErrorCode:X8}: {fault.Message}");
            StringAssert.Contains(fault.Message, PrivilegeNames.Of(staff.Org.Schema.Table(table), privilege));
        }

        [TestMethod]
        public void EveryGrantOfEveryShippedRoleIsListedHere()
        {
            var listed = typeof(RemovedPrivilegeTests).GetMethod(nameof(WithoutTheGrant_TheJobFailsWithThePrivilegeFaultNamingIt))!
                .GetCustomAttributes<DataRowAttribute>()
                .Select(row => $"{row.Data[0]} | {row.Data[1]} {row.Data[2]}")
                .OrderBy(s => s, StringComparer.Ordinal).ToList();
            var shipped = SolutionRoles.From(SolutionTables.Shipped.Source)
                .SelectMany(role => role.Privileges.Select(grant => $"{role.Name} | {grant.Table} {grant.Privilege}"))
                .OrderBy(s => s, StringComparer.Ordinal).ToList();

            CollectionAssert.AreEqual(shipped, listed,
                "A grant no job needs is more than least privilege; a listed grant the role lacks is a job the role cannot do. Shipped: " + string.Join("; ", shipped.Except(listed)) + ". Listed only: " + string.Join("; ", listed.Except(shipped)));
        }
    }
}
