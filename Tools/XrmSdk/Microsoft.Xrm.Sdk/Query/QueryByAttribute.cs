namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query for the rows whose named columns equal the given values (all must match).</summary>
    public sealed class QueryByAttribute : QueryBase
    {
        private ColumnSet _columnSet = new ColumnSet();
        private PagingInfo _pageInfo = new PagingInfo();

        public QueryByAttribute()
        {
        }

        public QueryByAttribute(string entityName)
        {
            EntityName = entityName;
        }

        public string EntityName { get; set; }

        public ColumnSet ColumnSet
        {
            get => _columnSet;
            set => _columnSet = value ?? new ColumnSet();
        }

        public DataCollection<string> Attributes { get; } = new DataCollection<string>();

        public DataCollection<object> Values { get; } = new DataCollection<object>();

        public DataCollection<OrderExpression> Orders { get; } = new DataCollection<OrderExpression>();

        public PagingInfo PageInfo
        {
            get => _pageInfo;
            set => _pageInfo = value ?? new PagingInfo();
        }

        public int? TopCount { get; set; }

        public void AddAttributeValue(string attributeName, object value)
        {
            Attributes.Add(attributeName);
            Values.Add(value);
        }

        public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
    }
}
