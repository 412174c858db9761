using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Security;

namespace ProChile.Crm.Plugins.Tests.Security
{
    /// <summary>What a role must not do is refused with Dataverse's privilege fault, naming the user and the privilege.</summary>
    [TestClass]
    public sealed class RoleRefusalTests
    {
        [TestMethod]
        public void AnExecutiveCannotAddAHolidayOrChangeASetting()
        {
            var staff = new ProChileStaff();
            var setting = staff.As(staff.PortfolioAdministrator).Create(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.MinimumQualifyingActions, [Setting.Value] = "3" });
            var holiday = staff.As(staff.PortfolioAdministrator).Create(ProChileStaff.ElectionDay(new DateTime(2025, 3, 12)));

            foreach (var executive in new[] { staff.RegionalExecutive, staff.CommercialExecutive })
            {
                var service = staff.As(executive);
                AssertDenied(executive, "prvCreatepch_Holiday", () => service.Create(ProChileStaff.ElectionDay(new DateTime(2025, 3, 13))));
                AssertDenied(executive, "prvWritepch_Holiday", () => service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [Holiday.Date] = new DateTime(2025, 3, 14) }));
                AssertDenied(executive, "prvDeletepch_Holiday", () => service.Delete(Holiday.EntityLogicalName, holiday));
                AssertDenied(executive, "prvCreatepch_Setting", () => service.Create(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.MinimumLeadDays, [Setting.Value] = "20" }));
                AssertDenied(executive, "prvWritepch_Setting", () => service.Update(new Entity(Setting.EntityLogicalName, setting) { [Setting.Value] = "1" }));
            }

            Assert.AreEqual("3", staff.Stored(Setting.EntityLogicalName, setting).GetAttributeValue<string>(Setting.Value));
        }

        [TestMethod]
        public void NoRoleEditsOrDeletesACategoryHistoryRow()
        {
            var staff = new ProChileStaff();
            StaffJobs.RegionalRegistersActions(staff);
            var row = staff.Org.InspectAll(CategoryHistory.EntityLogicalName).First();

            foreach (var user in new[] { staff.RegionalExecutive, staff.CommercialExecutive, staff.PortfolioAdministrator })
            {
                var service = staff.As(user);
                Assert.IsNotNull(service.Retrieve(CategoryHistory.EntityLogicalName, row.Id, new ColumnSet(CategoryHistory.Reason)), "each role reads the history");
                AssertDenied(user, "prvWritepch_CategoryHistory", () => service.Update(new Entity(CategoryHistory.EntityLogicalName, row.Id) { [CategoryHistory.Reason] = "corregido a mano" }));
                AssertDenied(user, "prvDeletepch_CategoryHistory", () => service.Delete(CategoryHistory.EntityLogicalName, row.Id));
                AssertDenied(user, "prvCreatepch_CategoryHistory", () => service.Create(new Entity(CategoryHistory.EntityLogicalName) { [CategoryHistory.Name] = "inventada" }));
            }
        }

        [TestMethod]
        public void ARegionalExecutiveCannotReadOrEditARequestOfAnotherRegionalOffice()
        {
            var staff = new ProChileStaff();
            var company = staff.CompanyOf(staff.OtherRegionExecutive, "Forestal Biobío SpA", Choices.Region.Biobio);
            var request = staff.As(staff.OtherRegionExecutive).Create(ProChileStaff.Question(company, Choices.Region.Biobio));
            var service = staff.As(staff.RegionalExecutive);

            var write = ProChileStaff.Refused(() => service.Update(new Entity(Request.EntityLogicalName, request) { [Request.AnsweredOn] = ProChileStaff.Now }));
            var read = ProChileStaff.Refused(() => service.Retrieve(Request.EntityLogicalName, request, new ColumnSet(Request.Name)));

            Assert.AreEqual(ErrorCodes.AccessCheckFailed, write.ErrorCode);
            StringAssert.StartsWith(write.Message, $"Principal user (Id={staff.RegionalExecutive}, ");
            StringAssert.Contains(write.Message, $"does not have WriteAccess right(s) for record with Id = {request} of entity pch_request");
            StringAssert.Contains(write.Message, "prvWritepch_Request is held at Local depth");
            StringAssert.Contains(read.Message, "does not have ReadAccess right(s)");
            Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Request.EntityLogicalName)).Entities.Count, "another office's requests are left out of her lists");
            Assert.IsFalse(staff.Stored(Request.EntityLogicalName, request).Contains(Request.AnsweredOn));
        }

        [TestMethod]
        public void AUserWithBasicUserAloneSeesNoProChileRow()
        {
            var staff = new ProChileStaff();
            StaffJobs.RegionalRegistersActions(staff);
            StaffJobs.RegionalLeavesABehaviourNoteAndMovesItThroughItsStates(staff);
            StaffJobs.RegionalWorksRequests(staff);
            StaffJobs.AdministratorChangesASetting(staff);
            var service = staff.As(staff.BasicUserOnly);

            foreach (var table in new[] { ActionRecord.EntityLogicalName, Request.EntityLogicalName, BehaviourNote.EntityLogicalName, CategoryHistory.EntityLogicalName, Holiday.EntityLogicalName, Setting.EntityLogicalName })
            {
                AssertDenied(staff.BasicUserOnly, PrivilegeNames.Of(staff.Org.Schema.Table(table), PrivilegeType.Read), () => service.RetrieveMultiple(new QueryExpression(table)));
            }

            Assert.IsTrue(staff.Org.InspectAll(Account.EntityLogicalName).Count > 0);
            Assert.AreEqual(0, service.RetrieveMultiple(StaffJobs.Companies()).Entities.Count, "Basic User reads only the companies it owns");
        }

        private static void AssertDenied(Guid user, string privilege, Action call)
        {
            var fault = ProChileStaff.Refused(call);
            Assert.AreEqual(ErrorCodes.PrivilegeDenied, fault.ErrorCode, fault.Message);
            StringAssert.StartsWith(fault.Message, $"Principal user (Id={user}, ");
            StringAssert.Contains(fault.Message, $"is missing {privilege} privilege");
        }
    }
}
