using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>
    /// C1-C6: reads the rules' inputs from an account row (usually <see cref="RowView.Overlay"/> of the pre-image
    /// and the Target). Where the schema has no column for a fact the rules ask about, the reading is an
    /// interpretation, documented on the member.
    /// </summary>
    public static class AccountRow
    {
        /// <summary>Every column the reads below use: the pre-image and the filtering attributes of the account steps list these.</summary>
        public static readonly string[] ClassificationColumns =
        {
            Account.Name, Account.Rut, Account.Region, Account.StateCode, Account.Email, Account.Telephone,
            Account.ValidatedBy, Account.Exporter, Account.ExportPotential, Account.StrategicSector, Account.ExportaMas,
            Account.Category, Account.CategorySetByHand, Account.FollowUpOptOut, Account.FollowUpOptOutLocked,
            Account.SiiActivitiesStarted,
        };

        /// <summary>
        /// C1-C3. Required data (C1, the red asterisks): name and region. Contact data (C2): email and phone.
        /// Export capacity (C2): the form says exporter, or the self-diagnosis rated the potential Alta or Media.
        /// Strategic sector (C2): a sector is recorded (the form lists only the strategy's sectors).
        /// </summary>
        public static AccountProfile ToProfile(Entity account)
        {
            var potential = ColumnValues.GetChoice(account, Account.ExportPotential);
            return new AccountProfile
            {
                RequiredDataComplete = ColumnValues.GetString(account, Account.Name) is not null
                    && ColumnValues.GetChoice(account, Account.Region) is not null,
                ContactDataComplete = ColumnValues.GetString(account, Account.Email) is not null
                    && ColumnValues.GetString(account, Account.Telephone) is not null,
                IsActive = (ColumnValues.GetChoice(account, Account.StateCode) ?? 0) == 0,
                ValidatedByRegionalExecutive = ColumnValues.GetReference(account, Account.ValidatedBy) is not null,
                ExportsOrHasExportCapacity = ColumnValues.GetBool(account, Account.Exporter) == true
                    || potential == (int)Choices.ExportPotential.Alta
                    || potential == (int)Choices.ExportPotential.Media,
                InStrategicSector = ColumnValues.GetString(account, Account.StrategicSector) is not null,
                IsExportaMas = ColumnValues.GetBool(account, Account.ExportaMas) == true,
            };
        }

        /// <summary>
        /// C4/C5: the manual category (only when <see cref="Account.CategorySetByHand"/> is set) and the demotion lock.
        /// A stored category 1 is never a manual choice: it follows Exporta Más membership.
        /// </summary>
        public static CategoryState ToCategoryState(Entity account)
        {
            PortfolioCategory? manual = null;
            if (ColumnValues.GetBool(account, Account.CategorySetByHand) == true)
            {
                var stored = ColumnValues.GetChoice(account, Account.Category);
                manual = stored is int value ? PortfolioChoices.ToCategory(value) : null;
                if (manual == PortfolioCategory.ExportaMas)
                {
                    manual = null;
                }
                else if (manual is null)
                {
                    throw ColumnValues.Missing(account, Account.Category,
                        "la categoría 2 (Trabajo Habitual) o 3 (Trabajo Esporádico) cuando la categoría se fija a mano");
                }
            }
            return new CategoryState(manual, ColumnValues.GetBool(account, Account.FollowUpOptOutLocked) == true);
        }

        /// <summary>The category stored on the row, or null when none (or not a category value).</summary>
        public static PortfolioCategory? StoredCategory(Entity account) =>
            ColumnValues.GetChoice(account, Account.Category) is int value ? PortfolioChoices.ToCategory(value) : null;

        /// <summary>
        /// C6/C9 (interpretation): a company with a RUT is Chilean; one without is attended from abroad and, having
        /// no column that says otherwise, counts as registered by the commercial office.
        /// </summary>
        public static UserEligibility ToEligibility(Entity account)
        {
            bool chilean = ColumnValues.GetString(account, Account.Rut) is not null;
            return new UserEligibility
            {
                Origin = chilean ? CompanyOrigin.Chilean : CompanyOrigin.Foreign,
                HasSiiActivityStart = ColumnValues.GetBool(account, Account.SiiActivitiesStarted) == true,
                RegisteredByCommercialOffice = !chilean,
            };
        }

        /// <summary>Who an account event is attributed to in history entries: the executive's user id.</summary>
        public static string Who(Guid userId) => userId.ToString("D");
    }
}
