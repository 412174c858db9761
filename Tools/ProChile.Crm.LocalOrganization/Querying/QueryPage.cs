using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>Which slice of the ordered rows a query asks for: a top count, or a page (by number and cookie).</summary>
    internal sealed class QueryPage
    {
        private readonly int? top;
        private readonly int size;
        private readonly int number;
        private readonly PagingCookie? cookie;
        private readonly bool returnTotal;

        private QueryPage(int? top, int size, int number, PagingCookie? cookie, bool returnTotal)
        {
            this.top = top;
            this.size = size;
            this.number = number;
            this.cookie = cookie;
            this.returnTotal = returnTotal;
        }

        public static QueryPage From(PagingInfo? pageInfo, int? topCount)
        {
            var paged = pageInfo != null && (pageInfo.Count > 0 || pageInfo.PageNumber > 1);
            if (topCount != null && paged)
            {
                throw DataverseErrors.InvalidArgument("TopCount (fetch 'top') cannot be specified together with PageInfo paging (fetch 'page' or 'count').");
            }

            if (topCount is < 0 or > QueryEvaluator.MaxPageSize)
            {
                throw DataverseErrors.InvalidArgument($"TopCount {topCount} is outside the accepted range 0..{QueryEvaluator.MaxPageSize}.");
            }

            if (pageInfo != null && (pageInfo.Count < 0 || pageInfo.Count > QueryEvaluator.MaxPageSize))
            {
                throw DataverseErrors.InvalidArgument($"PageInfo.Count {pageInfo.Count} is outside the accepted range 0..{QueryEvaluator.MaxPageSize}.");
            }

            var size = pageInfo != null && pageInfo.Count > 0 ? pageInfo.Count : QueryEvaluator.MaxPageSize;
            var number = pageInfo != null && pageInfo.PageNumber > 1 ? pageInfo.PageNumber : 1;
            return new QueryPage(topCount, size, number, PagingCookie.TryParse(pageInfo?.PagingCookie), pageInfo?.ReturnTotalRecordCount == true);
        }

        public EntityCollection Slice(IReadOnlyList<(Guid Id, Entity Entity)> rows, TableDefinition table)
        {
            var result = new EntityCollection { EntityName = table.LogicalName, TotalRecordCount = -1 };
            if (top != null)
            {
                result.Entities.AddRange(rows.Take(top.Value).Select(r => r.Entity));
                return result;
            }

            var start = Start(rows);
            var page = rows.Skip(start).Take(size).ToList();
            result.Entities.AddRange(page.Select(r => r.Entity));
            result.MoreRecords = start + page.Count < rows.Count;
            if (page.Count > 0)
            {
                result.PagingCookie = new PagingCookie(number, page[0].Id, page[^1].Id).Format(table.PrimaryIdAttribute);
            }

            if (returnTotal)
            {
                result.TotalRecordCount = Math.Min(rows.Count, QueryEvaluator.MaxPageSize);
                result.TotalRecordCountLimitExceeded = rows.Count > QueryEvaluator.MaxPageSize;
            }

            return result;
        }

        private int Start(IReadOnlyList<(Guid Id, Entity Entity)> rows)
        {
            if (cookie != null && cookie.Page == number - 1)
            {
                for (var i = rows.Count - 1; i >= 0; i--)
                {
                    if (rows[i].Id == cookie.Last)
                    {
                        return i + 1;
                    }
                }
            }

            return (number - 1) * size;
        }
    }
}
