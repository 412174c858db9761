using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Tests.Security
{
    /// <summary>
    /// Each role's documented job, done end to end through the real pipeline as the person who does it, asserting
    /// that every step of it took effect. The job tests run them on the shipped roles; the removed-privilege test runs
    /// them on a role missing one grant and expects Dataverse's privilege fault.
    /// </summary>
    internal static class StaffJobs
    {
        private static readonly DateTime DueWithoutHoliday = new DateTime(2025, 3, 15, 2, 59, 59, DateTimeKind.Utc);
        private static readonly DateTime DueWithHoliday = new DateTime(2025, 3, 18, 2, 59, 59, DateTimeKind.Utc);

        /// <summary>C1/C2: the regional executive registers a company with its RUT and contact data, then validates it.</summary>
        public static Guid RegionalRegistersAndValidatesACompany(ProChileStaff staff)
        {
            var id = staff.CompanyOf(staff.RegionalExecutive);

            var stored = staff.Stored(Account.EntityLogicalName, id);
            Assert.AreEqual(staff.RegionalExecutive, stored.GetAttributeValue<EntityReference>(Account.Owner).Id);
            Assert.AreEqual(staff.RegionalExecutive, stored.GetAttributeValue<EntityReference>(Account.ValidatedBy).Id);
            Assert.AreEqual("contacto@vinalosandes.cl", stored.GetAttributeValue<string>(Account.Email));
            Assert.AreEqual((int)Choices.Segment.Portfolio, stored.GetAttributeValue<OptionSetValue>(Account.Segment).Value);
            Assert.AreEqual(1, staff.As(staff.RegionalColleague).RetrieveMultiple(Companies()).Entities.Count, "her office colleague works the company too");
            return id;
        }

        /// <summary>C6/C4/C5: two qualifying actions make the company category 2, with its history, which she lists.</summary>
        public static void RegionalRegistersActions(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            var service = staff.As(staff.RegionalExecutive);

            service.Create(ProChileStaff.Action(company, new DateTime(2025, 2, 3)));
            service.Create(ProChileStaff.Action(company, new DateTime(2025, 3, 3), "Feria Prowine"));

            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, staff.Stored(Account.EntityLogicalName, company).GetAttributeValue<OptionSetValue>(Account.Category).Value);
            var history = service.RetrieveMultiple(HistoryOf(company)).Entities;
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, history.OrderBy(h => h.GetAttributeValue<DateTime>(CategoryHistory.ChangedOn)).Last().GetAttributeValue<OptionSetValue>(CategoryHistory.ToCategory).Value);
            Assert.IsTrue(history.All(h => h.GetAttributeValue<EntityReference>("ownerid").Id == staff.RegionalExecutive), "history is the company owner's");
            Assert.AreEqual(2, service.RetrieveMultiple(new QueryExpression(ActionRecord.EntityLogicalName)).Entities.Count);
        }

        /// <summary>S7: she opens a request about her company and answers it on time.</summary>
        public static void RegionalOpensAndAnswersARequest(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            var service = staff.As(staff.RegionalExecutive);

            var request = service.Create(ProChileStaff.Question(company));
            service.Update(new Entity(Request.EntityLogicalName, request) { [Request.AnsweredOn] = new DateTime(2025, 3, 11, 15, 0, 0, DateTimeKind.Utc) });

            var stored = staff.Stored(Request.EntityLogicalName, request);
            Assert.AreEqual(DueWithoutHoliday, stored.GetAttributeValue<DateTime>(Request.Due));
            Assert.IsTrue(stored.GetAttributeValue<bool>(Request.Compliant));
        }

        /// <summary>N1-N4: she leaves a note, notifies it, files the company's defence and withdraws it; the flag follows.</summary>
        public static void RegionalLeavesABehaviourNoteAndMovesItThroughItsStates(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            var service = staff.As(staff.RegionalExecutive);

            var note = service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "No asistió a la agenda confirmada",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, company),
                [BehaviourNote.Reason] = "N1: la empresa no viajó a la feria sin caso fortuito ni fuerza mayor.",
            });
            service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = new DateTime(2025, 3, 3),
            });
            Assert.IsTrue(staff.Stored(Account.EntityLogicalName, company).GetAttributeValue<bool>(Account.BehaviourNoteInForce));
            service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });
            Assert.AreEqual((int)Choices.NoteStatus.DefenceFiled, staff.Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<OptionSetValue>(BehaviourNote.Status).Value);
            service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Withdrawn) });

            Assert.AreEqual((int)Choices.NoteStatus.Withdrawn, staff.Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<OptionSetValue>(BehaviourNote.Status).Value);
            Assert.IsFalse(staff.Stored(Account.EntityLogicalName, company).GetAttributeValue<bool>(Account.BehaviourNoteInForce));
        }

        /// <summary>C6/C7/F1: an action on a company a regional executive of another unit owns updates it and plans its follow-ups for her.</summary>
        public static void CommercialRecordsAnActionOnAnotherUnitsCompany(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);

            staff.As(staff.CommercialExecutive).Create(ProChileStaff.Action(company, new DateTime(2025, 3, 7), "Rueda de negocios en Shanghái"));

            Assert.AreEqual(new DateTime(2025, 3, 7), staff.Stored(Account.EntityLogicalName, company).GetAttributeValue<DateTime>(Account.LastQualifyingAction).Date);
            var followUps = staff.Org.InspectAll(EmailActivity.EntityLogicalName).Concat(staff.Org.InspectAll(TaskActivity.EntityLogicalName)).ToList();
            Assert.IsTrue(followUps.Count > 0, "the action plans its follow-ups");
            Assert.IsTrue(followUps.All(f => f.GetAttributeValue<EntityReference>("ownerid").Id == staff.RegionalExecutive), "follow-ups are the company executive's");
        }

        /// <summary>S9-S12: the commercial office opens and answers each kind of importer demand.</summary>
        public static void CommercialAnswersImporterDemands(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            var service = staff.As(staff.CommercialExecutive);
            var demands = new[]
            {
                Demand(company, Choices.Channel.OneClickImport, Choices.Urgency.Urgent, null),
                Demand(company, Choices.Channel.CommercialOpportunities, Choices.Urgency.Medium, null),
                Demand(company, Choices.Channel.OneClickImport, Choices.Urgency.Urgent, Choices.DeadlineRule.S11),
                Demand(company, Choices.Channel.OneClickImport, Choices.Urgency.Medium, Choices.DeadlineRule.S12),
            };

            foreach (var demand in demands)
            {
                var id = service.Create(demand);
                service.Update(new Entity(Request.EntityLogicalName, id) { [Request.AnsweredOn] = new DateTime(2025, 3, 10, 20, 0, 0, DateTimeKind.Utc) });
                Assert.IsTrue(staff.Stored(Request.EntityLogicalName, id).GetAttributeValue<bool>(Request.Compliant));
            }

            CollectionAssert.AreEquivalent(
                new[] { (int)Choices.DeadlineRule.S9, (int)Choices.DeadlineRule.S10, (int)Choices.DeadlineRule.S11, (int)Choices.DeadlineRule.S12 },
                service.RetrieveMultiple(new QueryExpression(Request.EntityLogicalName) { ColumnSet = new ColumnSet(Request.Rule) }).Entities.Select(r => r.GetAttributeValue<OptionSetValue>(Request.Rule).Value).ToArray());
        }

        /// <summary>D5: the administrator adds, moves and withdraws a one-off holiday; every office's open requests follow.</summary>
        public static void AdministratorAddsMovesAndWithdrawsAOneOffHoliday(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            var request = staff.As(staff.RegionalExecutive).Create(ProChileStaff.Question(company));
            var service = staff.As(staff.PortfolioAdministrator);

            var holiday = service.Create(ProChileStaff.ElectionDay(new DateTime(2025, 3, 12)));
            Assert.AreEqual(DueWithHoliday, staff.Stored(Request.EntityLogicalName, request).GetAttributeValue<DateTime>(Request.Due));
            service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [Holiday.Date] = new DateTime(2025, 3, 13) });
            Assert.AreEqual(new DateTime(2025, 3, 13), staff.Stored(Holiday.EntityLogicalName, holiday).GetAttributeValue<DateTime>(Holiday.Date).Date);
            Assert.AreEqual(DueWithHoliday, staff.Stored(Request.EntityLogicalName, request).GetAttributeValue<DateTime>(Request.Due));
            service.Delete(Holiday.EntityLogicalName, holiday);

            Assert.AreEqual(DueWithoutHoliday, staff.Stored(Request.EntityLogicalName, request).GetAttributeValue<DateTime>(Request.Due));
        }

        /// <summary>The administrator overrides a setting's default, then changes it again.</summary>
        public static void AdministratorChangesASetting(ProChileStaff staff)
        {
            var service = staff.As(staff.PortfolioAdministrator);

            var setting = service.Create(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.MinimumQualifyingActions, [Setting.Value] = "3" });
            service.Update(new Entity(Setting.EntityLogicalName, setting) { [Setting.Value] = "4" });

            Assert.AreEqual("4", staff.Stored(Setting.EntityLogicalName, setting).GetAttributeValue<string>(Setting.Value));
        }

        public static QueryExpression Companies() => new QueryExpression(Account.EntityLogicalName) { ColumnSet = new ColumnSet(Account.Name) };

        public static QueryExpression HistoryOf(Guid company)
        {
            var query = new QueryExpression(CategoryHistory.EntityLogicalName) { ColumnSet = new ColumnSet(true) };
            query.Criteria.AddCondition(CategoryHistory.AccountId, ConditionOperator.Equal, company);
            return query;
        }

        private static Entity Demand(Guid company, Choices.Channel channel, Choices.Urgency urgency, Choices.DeadlineRule? rule)
        {
            var demand = new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Demanda de importador",
                [Request.Channel] = new OptionSetValue((int)channel),
                [Request.Urgency] = new OptionSetValue((int)urgency),
                [Request.CommercialOffice] = "Asia/Shanghai",
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
            };
            if (rule is Choices.DeadlineRule chosen)
            {
                demand[Request.Rule] = new OptionSetValue((int)chosen);
            }
            return demand;
        }
    }
}
