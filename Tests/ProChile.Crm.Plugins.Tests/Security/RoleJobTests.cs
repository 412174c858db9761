namespace ProChile.Crm.Plugins.Tests.Security
{
    /// <summary>Each role, with Basic User, does its documented job through the real pipeline, and all of it succeeds.</summary>
    [TestClass]
    public sealed class RoleJobTests
    {
        [TestMethod]
        public void RegionalExecutive_RegistersAndValidatesCompaniesWithTheirRutAndContactData() =>
            StaffJobs.RegionalRegistersAndValidatesCompanies(new ProChileStaff());

        [TestMethod]
        public void RegionalExecutive_RegistersActions_WhichRecategoriseTheCompanyAndWriteHistorySheSees() =>
            StaffJobs.RegionalRegistersActions(new ProChileStaff());

        [TestMethod]
        public void RegionalExecutive_OpensAnswersAndHandsOverRequests() =>
            StaffJobs.RegionalWorksRequests(new ProChileStaff());

        [TestMethod]
        public void RegionalExecutive_LeavesABehaviourNoteAndMovesItThroughItsStates() =>
            StaffJobs.RegionalLeavesABehaviourNoteAndMovesItThroughItsStates(new ProChileStaff());

        [TestMethod]
        public void CommercialExecutive_RecordsActionsOnACompanyARegionalExecutiveOfAnotherUnitOwns() =>
            StaffJobs.CommercialRecordsActionsOnAnotherUnitsCompany(new ProChileStaff());

        [TestMethod]
        public void CommercialExecutive_OpensAndAnswersS9ToS12Demands() =>
            StaffJobs.CommercialAnswersImporterDemands(new ProChileStaff());

        [TestMethod]
        public void PortfolioAdministrator_AddsMovesAndWithdrawsAOneOffHoliday() =>
            StaffJobs.AdministratorAddsMovesAndWithdrawsAOneOffHoliday(new ProChileStaff());

        [TestMethod]
        public void PortfolioAdministrator_ChangesASetting() =>
            StaffJobs.AdministratorChangesASetting(new ProChileStaff());

        [TestMethod]
        public void PortfolioAdministrator_FixesACategoryByHandAndReassignsACompany() =>
            StaffJobs.AdministratorFixesACategoryAndReassignsACompany(new ProChileStaff());
    }
}
