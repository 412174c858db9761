using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A join from one table's column to another table's column, with its own columns, criteria and nested links.</summary>
    public sealed class LinkEntity : IExtensibleDataObject
    {
        private ColumnSet _columns = new ColumnSet();
        private FilterExpression _linkCriteria = new FilterExpression();

        public LinkEntity()
        {
        }

        public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            LinkFromEntityName = linkFromEntityName;
            LinkToEntityName = linkToEntityName;
            LinkFromAttributeName = linkFromAttributeName;
            LinkToAttributeName = linkToAttributeName;
            JoinOperator = joinOperator;
        }

        public string LinkFromEntityName { get; set; }

        public string LinkToEntityName { get; set; }

        public string LinkFromAttributeName { get; set; }

        public string LinkToAttributeName { get; set; }

        public JoinOperator JoinOperator { get; set; }

        public string EntityAlias { get; set; }

        public ColumnSet Columns
        {
            get => _columns;
            set => _columns = value ?? new ColumnSet();
        }

        public FilterExpression LinkCriteria
        {
            get => _linkCriteria;
            set => _linkCriteria = value ?? new FilterExpression();
        }

        public DataCollection<LinkEntity> LinkEntities { get; } = new DataCollection<LinkEntity>();

        public DataCollection<OrderExpression> Orders { get; } = new DataCollection<OrderExpression>();

        public ExtensionDataObject ExtensionData { get; set; }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
            => AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }
    }
}
