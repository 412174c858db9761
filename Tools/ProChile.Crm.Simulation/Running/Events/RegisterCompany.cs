extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;
using ActionRecord = shipped::ProChile.Crm.Dataverse.Schema.ActionRecord;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>
    /// C1-C3, C10: the regional executive registers the company (the plugins check its RUT and decide its segment
    /// and category), with the actions of earlier years it already had (C7), then its first year is scheduled
    /// (<see cref="ScheduleYear"/> schedules each later year on the same account).
    /// </summary>
    internal sealed class RegisterCompany : SimulationEvent
    {
        private readonly CompanyPlan plan;

        public RegisterCompany(CompanyPlan plan) : base(plan.RegisteredAtUtc)
        {
            this.plan = plan;
        }

        public override string Section => "C1-C3 registrar empresa";

        public override void Run(CohortRun run)
        {
            var service = run.ExecutiveOf(plan.Region);
            var accountId = service.Create(NewAccountRow(run.ExecutiveIdOf(plan.Region)));
            foreach (var date in plan.HistoryActionDates)
            {
                service.Create(new Entity(ActionRecord.EntityLogicalName)
                {
                    [ActionRecord.Name] = "Asesoría de años anteriores",
                    [ActionRecord.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
                    [ActionRecord.ActionDate] = date,
                    [ActionRecord.Qualifies] = true,
                });
            }
            run.Registered(plan.Index, accountId);
            ScheduleYear(run, accountId, plan, plan.FirstYear);
        }

        private Entity NewAccountRow(Guid executiveId)
        {
            var account = new Entity(Account.EntityLogicalName)
            {
                [Account.Name] = plan.Name,
                [Account.Exporter] = plan.Exporter,
                [Account.ExportaMas] = plan.ExportaMas,
                [Account.SiiActivitiesStarted] = !plan.IsForeign,
                [Account.Email] = "contacto" + plan.Index + "@empresa.example",
            };
            if (plan.Rut is not null)
            {
                account[Account.Rut] = plan.Rut;
            }
            if (plan.Completeness != RecordCompleteness.RequiredDataMissing)
            {
                account[Account.Region] = new OptionSetValue((int)plan.Region);
            }
            if (plan.Completeness != RecordCompleteness.ContactDataMissing)
            {
                account[Account.Telephone] = "+56 2 2000 " + (plan.Index % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            }
            if (plan.Completeness != RecordCompleteness.NotValidated)
            {
                account[Account.ValidatedBy] = new EntityReference("systemuser", executiveId);
                account[Account.ValidatedOn] = plan.RegisteredAtUtc;
            }
            if (plan.Potential is not null)
            {
                account[Account.ExportPotential] = new OptionSetValue((int)plan.Potential.Value);
            }
            if (plan.Sector is not null)
            {
                account[Account.StrategicSector] = plan.Sector;
            }
            return account;
        }

        /// <summary>What the company does in <paramref name="year"/>, scheduled on its account.</summary>
        public static void ScheduleYear(CohortRun run, Guid accountId, CompanyPlan company, CompanyYearPlan year)
        {
            foreach (var action in year.Actions)
            {
                run.Schedule(new RegisterAction(accountId, action));
            }
            if (year.OptOutAtUtc is DateTime optOut)
            {
                run.Schedule(new OptOutOfFollowUp(accountId, optOut));
            }
            if (year.ManualCategory is not null)
            {
                run.Schedule(new SetCategoryByHand(accountId, year.ManualCategory));
            }
            foreach (var request in year.Requests)
            {
                run.Schedule(OpenRequest.For(request, accountId));
            }
            if (year.NoShow is not null)
            {
                run.Schedule(new MissAgenda(accountId, company.Region, year.NoShow));
            }
        }
    }
}
