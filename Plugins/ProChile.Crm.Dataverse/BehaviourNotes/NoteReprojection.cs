using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Dataverse.BehaviourNotes
{
    /// <summary>
    /// D5, N2/S8: brings the notified notes of a query (<see cref="NoteProjection"/>) to their projection, page by page
    /// (5,000 rows, the paging cookie resuming after the last id, so rows written leave no gap), writing only the rows
    /// whose computed columns differ. It stops between rows when its <see cref="RunningTimeBudget"/> is spent; the rows
    /// left keep the fingerprint of the holidays their window had, which no longer matches, so the daily sweep finds and
    /// finishes them. A row that cannot be
    /// projected (a company without region) is counted and skipped, never stops the rest. Per execution.
    /// </summary>
    public sealed class NoteReprojection
    {
        public const int PageSize = 5000;

        private readonly IOrganizationService service;
        private readonly OfficeCalendars offices;
        private readonly RuleSettings settings;
        private readonly IReadOnlyList<Holiday> oneOffHolidays;
        private readonly RunningTimeBudget budget;
        private readonly Action<string> trace;

        public NoteReprojection(IOrganizationService service, OfficeCalendars offices, RuleSettings settings, IReadOnlyList<Holiday> oneOffHolidays, RunningTimeBudget budget, Action<string> trace)
        {
            this.service = service ?? throw new ArgumentNullException(nameof(service));
            this.offices = offices ?? throw new ArgumentNullException(nameof(offices));
            this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
            this.oneOffHolidays = oneOffHolidays ?? throw new ArgumentNullException(nameof(oneOffHolidays));
            this.budget = budget ?? throw new ArgumentNullException(nameof(budget));
            this.trace = trace ?? throw new ArgumentNullException(nameof(trace));
        }

        /// <summary>Notes read so far.</summary>
        public int Read { get; private set; }

        /// <summary>Notes written (their term moved, or only their fingerprint).</summary>
        public int Written { get; private set; }

        /// <summary>Notes that could not be projected (traced).</summary>
        public int Failed { get; private set; }

        /// <summary>True when the budget ran out before the last row; the sweep finishes the rest.</summary>
        public bool LeftForSweep { get; private set; }

        public void Run(QueryExpression query)
        {
            query.Orders.Clear();
            query.AddOrder(BehaviourNoteTable.PrimaryId, OrderType.Ascending);
            query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
            while (true)
            {
                var page = service.RetrieveMultiple(query);
                foreach (var row in page.Entities)
                {
                    if (budget.IsSpent)
                    {
                        LeftForSweep = true;
                        return;
                    }
                    Read++;
                    Project(row);
                }
                if (!page.MoreRecords)
                {
                    return;
                }
                if (budget.IsSpent)
                {
                    // Not even the next page's read: the rows after it keep their stale fingerprint for the sweep.
                    LeftForSweep = true;
                    return;
                }
                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        private void Project(Entity row)
        {
            Entity? changes;
            try
            {
                changes = NoteProjection.ChangesFrom(row, offices.ForOffice(NoteProjection.OfficeOf(row)), settings, oneOffHolidays);
            }
            catch (Exception refused) when (refused is InvalidPluginExecutionException || refused is InvalidOperationException)
            {
                Failed++;
                trace($"nota {row.Id}: no se pudo recalcular su plazo: {refused.Message}");
                return;
            }
            if (changes is not null)
            {
                service.Update(changes);
                Written++;
            }
        }
    }
}
