using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Tests.Security
{
    /// <summary>
    /// Each role's documented job, done end to end through the real pipeline as the people who do it, asserting that
    /// every step took effect. Executives work their office's companies, not only their own, so each grant of a role
    /// (at its depth) is used by some step. The job tests run them on the shipped roles; the removed-privilege test
    /// runs them on a role missing one grant and expects Dataverse's privilege fault.
    /// </summary>
    internal static class StaffJobs
    {
        private static readonly DateTime DueWithoutHoliday = new DateTime(2025, 3, 15, 2, 59, 59, DateTimeKind.Utc);
        private static readonly DateTime DueWithHoliday = new DateTime(2025, 3, 18, 2, 59, 59, DateTimeKind.Utc);

        /// <summary>C1/C2: she registers a company with its RUT and contact data and validates it, and validates one a colleague of her office registered.</summary>
        public static void RegionalRegistersAndValidatesCompanies(ProChileStaff staff)
        {
            var own = staff.CompanyOf(staff.RegionalExecutive);
            var colleagues = staff.As(staff.RegionalColleague).Create(ProChileStaff.Company("Frutícola del Maipo Ltda."));

            Assert.AreEqual("Frutícola del Maipo Ltda.", staff.As(staff.RegionalExecutive).Retrieve(Account.EntityLogicalName, colleagues, new ColumnSet(Account.Name)).GetAttributeValue<string>(Account.Name));
            staff.As(staff.RegionalExecutive).Update(new Entity(Account.EntityLogicalName, colleagues)
            {
                [Account.ValidatedBy] = new EntityReference("systemuser", staff.RegionalExecutive),
                [Account.ValidatedOn] = ProChileStaff.Now,
            });

            var stored = staff.Stored(Account.EntityLogicalName, own);
            Assert.AreEqual(staff.RegionalExecutive, stored.GetAttributeValue<EntityReference>(Account.Owner).Id);
            Assert.AreEqual("contacto@vinalosandes.cl", stored.GetAttributeValue<string>(Account.Email));
            Assert.AreEqual((int)Choices.Segment.Portfolio, stored.GetAttributeValue<OptionSetValue>(Account.Segment).Value);
            Assert.AreEqual(staff.RegionalExecutive, staff.Stored(Account.EntityLogicalName, colleagues).GetAttributeValue<EntityReference>(Account.ValidatedBy).Id);
            Assert.AreEqual(2, staff.As(staff.RegionalExecutive).RetrieveMultiple(Companies()).Entities.Count, "she sees her office's companies");
        }

        /// <summary>C6/C4/C5: actions on an office company make it category 2 with its history, which she lists; she corrects one and deletes a mistaken one.</summary>
        public static void RegionalRegistersActions(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalColleague, "Frutícola del Maipo Ltda.");
            var service = staff.As(staff.RegionalExecutive);

            var first = service.Create(ProChileStaff.Action(company, new DateTime(2025, 2, 3)));
            service.Create(ProChileStaff.Action(company, new DateTime(2025, 3, 3), "Feria Prowine"));
            var mistaken = service.Create(ProChileStaff.Action(company, new DateTime(2025, 3, 4), "Duplicada"));
            service.Update(new Entity(ActionRecord.EntityLogicalName, first) { [ActionRecord.Name] = "Asesoría exportadora (mercado chino)" });
            service.Delete(ActionRecord.EntityLogicalName, mistaken);

            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, staff.Stored(Account.EntityLogicalName, company).GetAttributeValue<OptionSetValue>(Account.Category).Value);
            var history = service.RetrieveMultiple(HistoryOf(company)).Entities;
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, history.OrderBy(h => h.GetAttributeValue<DateTime>(CategoryHistory.ChangedOn)).Last().GetAttributeValue<OptionSetValue>(CategoryHistory.ToCategory).Value);
            Assert.IsTrue(history.All(h => h.GetAttributeValue<EntityReference>("ownerid").Id == staff.RegionalColleague), "history is the company owner's, whoever triggered it");
            Assert.AreEqual(2, service.RetrieveMultiple(new QueryExpression(ActionRecord.EntityLogicalName)).Entities.Count);
        }

        /// <summary>S7/D5: she opens a request on an office company, sees the office's requests and the holidays they skip, answers a colleague's and hands hers to him.</summary>
        public static void RegionalWorksRequests(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalColleague, "Frutícola del Maipo Ltda.");
            staff.As(staff.PortfolioAdministrator).Create(ProChileStaff.ElectionDay(new DateTime(2025, 4, 14)));
            var service = staff.As(staff.RegionalExecutive);

            var hers = service.Create(ProChileStaff.Question(company));
            var his = staff.As(staff.RegionalColleague).Create(ProChileStaff.Question(company));
            Assert.AreEqual(2, service.RetrieveMultiple(new QueryExpression(Request.EntityLogicalName)).Entities.Count, "she sees her office's requests");
            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression(Holiday.EntityLogicalName)).Entities.Count, "she sees the one-off holidays");
            service.Update(new Entity(Request.EntityLogicalName, his) { [Request.AnsweredOn] = new DateTime(2025, 3, 11, 15, 0, 0, DateTimeKind.Utc) });
            service.Update(new Entity(Request.EntityLogicalName, hers) { [Request.Owner] = new EntityReference("systemuser", staff.RegionalColleague) });

            var answered = staff.Stored(Request.EntityLogicalName, his);
            Assert.AreEqual(DueWithoutHoliday, answered.GetAttributeValue<DateTime>(Request.Due));
            Assert.IsTrue(answered.GetAttributeValue<bool>(Request.Compliant));
            Assert.AreEqual(staff.RegionalColleague, staff.Stored(Request.EntityLogicalName, hers).GetAttributeValue<EntityReference>(Request.Owner).Id);
        }

        /// <summary>N1-N4: she leaves a note, notifies it, files the company's defence and withdraws it; the flag follows; her office sees it.</summary>
        public static void RegionalLeavesABehaviourNoteAndMovesItThroughItsStates(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            var service = staff.As(staff.RegionalExecutive);

            var note = service.Create(ProChileStaff.Note(company));
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
            Assert.AreEqual(1, staff.As(staff.RegionalColleague).RetrieveMultiple(new QueryExpression(BehaviourNote.EntityLogicalName)).Entities.Count, "her office sees the note");
        }

        /// <summary>
        /// C6/C7/F1/N4/F3: she finds a company another unit's regional executive owns, reads its notes and history,
        /// records actions on it (correcting one, deleting a mistaken one); the company and its follow-ups stay the owner's.
        /// </summary>
        public static void CommercialRecordsActionsOnAnotherUnitsCompany(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            staff.As(staff.RegionalExecutive).Create(ProChileStaff.Note(company));
            var service = staff.As(staff.CommercialExecutive);

            Assert.AreEqual("Viña Los Andes SpA", service.Retrieve(Account.EntityLogicalName, company, new ColumnSet(Account.Name)).GetAttributeValue<string>(Account.Name), "she opens companies of every unit");
            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression(BehaviourNote.EntityLogicalName)).Entities.Count, "N4: she reads the company's notes");
            Assert.IsTrue(service.RetrieveMultiple(HistoryOf(company)).Entities.Count > 0, "F3: she reads the company's category history");
            var action = service.Create(ProChileStaff.Action(company, new DateTime(2025, 3, 7), "Rueda de negocios en Shanghái"));
            var mistaken = service.Create(ProChileStaff.Action(company, new DateTime(2025, 3, 8), "Duplicada"));
            service.Update(new Entity(ActionRecord.EntityLogicalName, action) { [ActionRecord.Description] = "Tres importadores interesados." });
            service.Delete(ActionRecord.EntityLogicalName, mistaken);

            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression(ActionRecord.EntityLogicalName)).Entities.Count);
            Assert.AreEqual(new DateTime(2025, 3, 7), staff.Stored(Account.EntityLogicalName, company).GetAttributeValue<DateTime>(Account.LastQualifyingAction).Date);
            var followUps = staff.Org.InspectAll(EmailActivity.EntityLogicalName).Concat(staff.Org.InspectAll(TaskActivity.EntityLogicalName)).ToList();
            Assert.IsTrue(followUps.Count > 0, "the action plans its follow-ups");
            Assert.IsTrue(followUps.All(f => f.GetAttributeValue<EntityReference>("ownerid").Id == staff.RegionalExecutive), "follow-ups are the company executive's");
        }

        /// <summary>S9-S12: the commercial office opens each kind of importer demand, answers them, and hands one to a colleague, who answers it.</summary>
        public static void CommercialAnswersImporterDemands(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            var service = staff.As(staff.CommercialExecutive);
            var answeredOn = new DateTime(2025, 3, 10, 20, 0, 0, DateTimeKind.Utc);
            var demands = new[]
            {
                Demand(company, Choices.Channel.OneClickImport, Choices.Urgency.Urgent, null),
                Demand(company, Choices.Channel.CommercialOpportunities, Choices.Urgency.Medium, null),
                Demand(company, Choices.Channel.OneClickImport, Choices.Urgency.Urgent, Choices.DeadlineRule.S11),
                Demand(company, Choices.Channel.OneClickImport, Choices.Urgency.Medium, Choices.DeadlineRule.S12),
            }.Select(service.Create).ToList();

            service.Update(new Entity(Request.EntityLogicalName, demands[3]) { [Request.Owner] = new EntityReference("systemuser", staff.CommercialColleague) });
            foreach (var demand in demands.Take(3))
            {
                service.Update(new Entity(Request.EntityLogicalName, demand) { [Request.AnsweredOn] = answeredOn });
            }
            staff.As(staff.CommercialColleague).Update(new Entity(Request.EntityLogicalName, demands[3]) { [Request.AnsweredOn] = answeredOn });

            Assert.IsTrue(demands.All(d => staff.Stored(Request.EntityLogicalName, d).GetAttributeValue<bool>(Request.Compliant)));
            // Answering the S9 and the S10 opened their follow-ups too (the chain: S11, S12), owned by the commercial executive.
            CollectionAssert.AreEquivalent(
                new[] { (int)Choices.DeadlineRule.S9, (int)Choices.DeadlineRule.S10, (int)Choices.DeadlineRule.S11, (int)Choices.DeadlineRule.S12, (int)Choices.DeadlineRule.S11, (int)Choices.DeadlineRule.S12 },
                service.RetrieveMultiple(new QueryExpression(Request.EntityLogicalName) { ColumnSet = new ColumnSet(Request.Rule) }).Entities.Select(r => r.GetAttributeValue<OptionSetValue>(Request.Rule).Value).ToArray());
        }

        /// <summary>D5: the administrator adds, lists, moves and withdraws a one-off holiday; every office's open requests follow.</summary>
        public static void AdministratorAddsMovesAndWithdrawsAOneOffHoliday(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            var request = staff.As(staff.RegionalExecutive).Create(ProChileStaff.Question(company));
            var service = staff.As(staff.PortfolioAdministrator);

            var holiday = service.Create(ProChileStaff.ElectionDay(new DateTime(2025, 3, 12)));
            Assert.AreEqual(DueWithHoliday, staff.Stored(Request.EntityLogicalName, request).GetAttributeValue<DateTime>(Request.Due));
            Assert.AreEqual(holiday, service.RetrieveMultiple(new QueryExpression(Holiday.EntityLogicalName)).Entities.Single().Id);
            service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [Holiday.Date] = new DateTime(2025, 3, 13) });
            Assert.AreEqual(new DateTime(2025, 3, 13), staff.Stored(Holiday.EntityLogicalName, holiday).GetAttributeValue<DateTime>(Holiday.Date).Date);
            Assert.AreEqual(DueWithHoliday, staff.Stored(Request.EntityLogicalName, request).GetAttributeValue<DateTime>(Request.Due));
            service.Delete(Holiday.EntityLogicalName, holiday);

            Assert.AreEqual(DueWithoutHoliday, staff.Stored(Request.EntityLogicalName, request).GetAttributeValue<DateTime>(Request.Due));
        }

        /// <summary>The administrator overrides a setting's default, lists it, changes it, and restores the default by removing it.</summary>
        public static void AdministratorChangesASetting(ProChileStaff staff)
        {
            var service = staff.As(staff.PortfolioAdministrator);

            var setting = service.Create(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.MinimumQualifyingActions, [Setting.Value] = "3" });
            Assert.AreEqual(setting, service.RetrieveMultiple(new QueryExpression(Setting.EntityLogicalName)).Entities.Single().Id);
            service.Update(new Entity(Setting.EntityLogicalName, setting) { [Setting.Value] = "4" });
            Assert.AreEqual("4", staff.Stored(Setting.EntityLogicalName, setting).GetAttributeValue<string>(Setting.Value));
            service.Delete(Setting.EntityLogicalName, setting);

            Assert.AreEqual(0, staff.Org.InspectAll(Setting.EntityLogicalName).Count);
        }

        /// <summary>C4/C3: the administrator fixes a company's category by hand, reads why, and reassigns the company with its actions and open requests.</summary>
        public static void AdministratorFixesACategoryAndReassignsACompany(ProChileStaff staff)
        {
            var company = staff.CompanyOf(staff.RegionalExecutive);
            staff.As(staff.RegionalExecutive).Create(ProChileStaff.Action(company, new DateTime(2025, 3, 3)));
            staff.As(staff.RegionalExecutive).Create(ProChileStaff.Question(company));
            staff.As(staff.RegionalExecutive).Create(ProChileStaff.Note(company));
            var service = staff.As(staff.PortfolioAdministrator);
            var heir = new EntityReference("systemuser", staff.OtherRegionExecutive);
            Assert.AreEqual(staff.RegionalExecutive, service.Retrieve(Account.EntityLogicalName, company, new ColumnSet(Account.Owner)).GetAttributeValue<EntityReference>(Account.Owner).Id);

            service.Update(new Entity(Account.EntityLogicalName, company)
            {
                [Account.Category] = new OptionSetValue((int)Choices.Category.TrabajoHabitual),
                [Account.CategorySetByHand] = true,
            });
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, staff.Stored(Account.EntityLogicalName, company).GetAttributeValue<OptionSetValue>(Account.Category).Value);
            Assert.IsTrue(service.RetrieveMultiple(HistoryOf(company)).Entities.Count >= 2, "she reads why the category changed");
            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression(BehaviourNote.EntityLogicalName)).Entities.Count, "she reads the company's notes");
            service.Update(new Entity(Account.EntityLogicalName, company) { [Account.Owner] = heir });
            foreach (var table in new[] { ActionRecord.EntityLogicalName, Request.EntityLogicalName })
            {
                foreach (var row in service.RetrieveMultiple(new QueryExpression(table)).Entities)
                {
                    service.Update(new Entity(table, row.Id) { ["ownerid"] = heir });
                }
            }

            Assert.AreEqual(staff.OtherRegionExecutive, staff.Stored(Account.EntityLogicalName, company).GetAttributeValue<EntityReference>(Account.Owner).Id);
            Assert.IsTrue(staff.Org.InspectAll(ActionRecord.EntityLogicalName).Concat(staff.Org.InspectAll(Request.EntityLogicalName))
                .All(r => r.GetAttributeValue<EntityReference>("ownerid").Id == staff.OtherRegionExecutive));
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
