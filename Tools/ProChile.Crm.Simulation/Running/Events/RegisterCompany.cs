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
    /// and category), with the actions of earlier years it already had (C7), then its year is scheduled.
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
            ScheduleYear(run, accountId);
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

        private void ScheduleYear(CohortRun run, Guid accountId)
        {
            foreach (var action in plan.Actions)
            {
                run.Schedule(new RegisterAction(accountId, action));
            }
            if (plan.OptOutAtUtc is DateTime optOut)
            {
                run.Schedule(new OptOutOfFollowUp(accountId, optOut));
            }
            if (plan.ManualCategory is not null)
            {
                run.Schedule(new SetCategoryByHand(accountId, plan.ManualCategory));
            }
            foreach (var request in plan.Requests)
            {
                run.Schedule(OpenRequest.For(request, accountId));
            }
            if (plan.NoShow is not null)
            {
                run.Schedule(new MissAgenda(accountId, plan.Region, plan.NoShow));
            }
        }
    }
}
