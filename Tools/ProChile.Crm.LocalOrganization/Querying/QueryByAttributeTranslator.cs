using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>A QueryByAttribute as the equivalent QueryExpression: each attribute equal to its value, all of them (And).</summary>
    internal static class QueryByAttributeTranslator
    {
        public static QueryExpression Translate(QueryByAttribute query)
        {
            if (query.Attributes.Count == 0)
            {
                throw DataverseErrors.InvalidArgument($"QueryByAttribute on '{query.EntityName}' must name at least one attribute.");
            }

            if (query.Attributes.Count != query.Values.Count)
            {
                throw DataverseErrors.InvalidArgument(
                    $"QueryByAttribute on '{query.EntityName}' names {query.Attributes.Count} attribute(s) but gives {query.Values.Count} value(s); they pair up one to one.");
            }

            var expression = new QueryExpression(query.EntityName)
            {
                ColumnSet = query.ColumnSet ?? new ColumnSet(),
                PageInfo = query.PageInfo,
                TopCount = query.TopCount,
            };
            foreach (var (attribute, value) in query.Attributes.Zip(query.Values))
            {
                expression.Criteria.Conditions.Add(value == null
                    ? new ConditionExpression(attribute, ConditionOperator.Null)
                    : new ConditionExpression(attribute, ConditionOperator.Equal, value));
            }

            expression.Orders.AddRange(query.Orders);
            return expression;
        }
    }
}
