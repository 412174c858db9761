namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query over one table: columns, criteria, links, orders, paging and top count.</summary>
    public sealed class QueryExpression : QueryBase
    {
        private ColumnSet _columnSet = new ColumnSet();
        private FilterExpression _criteria = new FilterExpression();
        private PagingInfo _pageInfo = new PagingInfo();

        public QueryExpression()
        {
        }

        public QueryExpression(string entityName)
        {
            EntityName = entityName;
        }

        public string EntityName { get; set; }

        public ColumnSet ColumnSet
        {
            get => _columnSet;
            set => _columnSet = value ?? new ColumnSet();
        }

        public FilterExpression Criteria
        {
            get => _criteria;
            set => _criteria = value ?? new FilterExpression();
        }

        public PagingInfo PageInfo
        {
            get => _pageInfo;
            set => _pageInfo = value ?? new PagingInfo();
        }

        public DataCollection<LinkEntity> LinkEntities { get; } = new DataCollection<LinkEntity>();

        public DataCollection<OrderExpression> Orders { get; } = new DataCollection<OrderExpression>();

        public bool Distinct { get; set; }

        public bool NoLock { get; set; }

        public int? TopCount { get; set; }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
            => AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }

        public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
    }
}
