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

        /// <summary>The page of <paramref name="ids"/> (the matching rows in order); <paramref name="entityAt"/> shapes the row at an index, called for the page's rows only.</summary>
        public EntityCollection Slice(IReadOnlyList<Guid> ids, Func<int, Entity> entityAt, TableDefinition table)
        {
            var result = new EntityCollection { EntityName = table.LogicalName, TotalRecordCount = -1 };
            if (top != null)
            {
                for (var i = 0; i < Math.Min(top.Value, ids.Count); i++)
                {
                    result.Entities.Add(entityAt(i));
                }

                return result;
            }

            var start = Math.Min(Start(ids), ids.Count);
            var count = Math.Max(0, Math.Min(size, ids.Count - start));
            for (var i = start; i < start + count; i++)
            {
                result.Entities.Add(entityAt(i));
            }

            result.MoreRecords = start + count < ids.Count;
            if (count > 0)
            {
                result.PagingCookie = new PagingCookie(number, ids[start], ids[start + count - 1]).Format(table.PrimaryIdAttribute);
            }

            if (returnTotal)
            {
                result.TotalRecordCount = Math.Min(ids.Count, QueryEvaluator.MaxPageSize);
                result.TotalRecordCountLimitExceeded = ids.Count > QueryEvaluator.MaxPageSize;
            }

            return result;
        }

        private int Start(IReadOnlyList<Guid> ids)
        {
            if (cookie != null && cookie.Page == number - 1)
            {
                for (var i = ids.Count - 1; i >= 0; i--)
                {
                    if (ids[i] == cookie.Last)
                    {
                        return i + 1;
                    }
                }
            }

            return (number - 1) * size;
        }
    }
}
