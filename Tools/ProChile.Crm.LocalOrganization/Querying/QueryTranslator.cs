using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>Any query the SDK can send (QueryExpression, QueryByAttribute, FetchExpression) as the QueryExpression the evaluator runs.</summary>
    internal sealed class QueryTranslator
    {
        private readonly OrganizationSchema schema;
        private readonly UserCalendar calendar;

        public QueryTranslator(OrganizationSchema schema, UserCalendar calendar)
        {
            this.schema = schema;
            this.calendar = calendar;
        }

        public QueryExpression ToExpression(QueryBase query) => query switch
        {
            QueryExpression expression => expression,
            QueryByAttribute byAttribute => QueryByAttributeTranslator.Translate(byAttribute),
            FetchExpression fetch => new FetchXmlParser(schema, calendar).Parse(fetch.Query ?? string.Empty),
            _ => throw DataverseErrors.NotSupported($"Query type {query.GetType().Name}"),
        };
    }
}
