using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.WorkflowActivities.Tests.Portfolio
{
    /// <summary>Arranged accounts and actions, as the category activities find them in Dataverse.</summary>
    internal static class PortfolioRows
    {
        public static Guid PortfolioCompany(ActivityHost host, Choices.Category category, bool exportaMas = false, bool locked = false) =>
            host.Seed(new Entity(Account.EntityLogicalName)
            {
                // C2: complete contact data, validated by its regional executive, an exporter in a strategic sector.
                [Account.Name] = "Viña Los Andes SpA",
                [Account.Region] = new OptionSetValue((int)Choices.Region.Maule),
                [Account.Email] = "contacto@vinalosandes.cl",
                [Account.Telephone] = "+56 71 234 5678",
                [Account.ValidatedBy] = new EntityReference("systemuser", host.Organization.CallerId),
                [Account.Exporter] = true,
                [Account.StrategicSector] = "Vitivinícola",
                [Account.Segment] = new OptionSetValue((int)Choices.Segment.Portfolio),
                [Account.Category] = new OptionSetValue((int)category),
                [Account.ExportaMas] = exportaMas,
                [Account.FollowUpOptOutLocked] = locked,
            });

        public static Guid OutsidePortfolioCompany(ActivityHost host) =>
            host.Seed(new Entity(Account.EntityLogicalName)
            {
                [Account.Name] = "Comercial Sin Datos Ltda.",
                [Account.Segment] = new OptionSetValue((int)Choices.Segment.OutsidePortfolio),
            });

        public static void QualifyingAction(ActivityHost host, Guid companyId, DateTime date) =>
            host.Seed(new Entity(ActionRecord.EntityLogicalName)
            {
                [ActionRecord.Name] = "Asesoría exportadora",
                [ActionRecord.AccountId] = new EntityReference(Account.EntityLogicalName, companyId),
                [ActionRecord.ActionDate] = date,
                [ActionRecord.Qualifies] = true,
            });

        public static EntityReference Ref(Guid companyId) => new EntityReference(Account.EntityLogicalName, companyId);

        public static int? CategoryOf(ActivityHost host, Guid companyId) =>
            host.Organization.Inspect(Account.EntityLogicalName, companyId)!.GetAttributeValue<OptionSetValue>(Account.Category)?.Value;
    }
}
