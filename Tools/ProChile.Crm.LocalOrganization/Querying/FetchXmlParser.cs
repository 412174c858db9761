using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// Reads FetchXML into the QueryExpression that means the same, so both run through one evaluator. Covers the
    /// subset the QueryExpression side covers: attributes, all-attributes, order, nested filters, conditions with the
    /// same operators, link-entity (inner, outer, exists, in, any, not any), distinct, top, count, page, paging-cookie,
    /// returntotalrecordcount. FetchXML values are text: each is converted to the column's type (dates without an
    /// offset are the user's local time). Aggregates and valueof are not modelled and fail as not supported.
    /// </summary>
    internal sealed class FetchXmlParser
    {
        private static readonly IReadOnlyDictionary<string, ConditionOperator> Operators = new Dictionary<string, ConditionOperator>(StringComparer.Ordinal)
        {
            ["eq"] = ConditionOperator.Equal,
            ["ne"] = ConditionOperator.NotEqual,
            ["neq"] = ConditionOperator.NotEqual,
            ["gt"] = ConditionOperator.GreaterThan,
            ["ge"] = ConditionOperator.GreaterEqual,
            ["lt"] = ConditionOperator.LessThan,
            ["le"] = ConditionOperator.LessEqual,
            ["in"] = ConditionOperator.In,
            ["not-in"] = ConditionOperator.NotIn,
            ["between"] = ConditionOperator.Between,
            ["not-between"] = ConditionOperator.NotBetween,
            ["null"] = ConditionOperator.Null,
            ["not-null"] = ConditionOperator.NotNull,
            ["like"] = ConditionOperator.Like,
            ["not-like"] = ConditionOperator.NotLike,
            ["begins-with"] = ConditionOperator.BeginsWith,
            ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
            ["ends-with"] = ConditionOperator.EndsWith,
            ["not-end-with"] = ConditionOperator.DoesNotEndWith,
            ["on"] = ConditionOperator.On,
            ["not-on"] = ConditionOperator.NotOn,
            ["on-or-before"] = ConditionOperator.OnOrBefore,
            ["on-or-after"] = ConditionOperator.OnOrAfter,
            ["today"] = ConditionOperator.Today,
            ["yesterday"] = ConditionOperator.Yesterday,
            ["tomorrow"] = ConditionOperator.Tomorrow,
            ["this-year"] = ConditionOperator.ThisYear,
            ["last-year"] = ConditionOperator.LastYear,
            ["next-year"] = ConditionOperator.NextYear,
            ["this-month"] = ConditionOperator.ThisMonth,
            ["last-month"] = ConditionOperator.LastMonth,
            ["next-month"] = ConditionOperator.NextMonth,
            ["last-x-days"] = ConditionOperator.LastXDays,
            ["next-x-days"] = ConditionOperator.NextXDays,
            ["last-x-hours"] = ConditionOperator.LastXHours,
            ["next-x-hours"] = ConditionOperator.NextXHours,
            ["eq-userid"] = ConditionOperator.EqualUserId,
            ["ne-userid"] = ConditionOperator.NotEqualUserId,
            ["contain-values"] = ConditionOperator.ContainValues,
            ["not-contain-values"] = ConditionOperator.DoesNotContainValues,
        };

        private static readonly IReadOnlyDictionary<string, JoinOperator> LinkTypes = new Dictionary<string, JoinOperator>(StringComparer.Ordinal)
        {
            ["inner"] = JoinOperator.Inner,
            ["outer"] = JoinOperator.LeftOuter,
            ["exists"] = JoinOperator.Exists,
            ["in"] = JoinOperator.In,
            ["any"] = JoinOperator.Any,
            ["not any"] = JoinOperator.NotAny,
            ["matchfirstrowusingcrossapply"] = JoinOperator.MatchFirstRowUsingCrossApply,
        };

        private readonly OrganizationSchema schema;
        private readonly UserCalendar calendar;
        private readonly Dictionary<string, string> tableByAlias = new Dictionary<string, string>(StringComparer.Ordinal);

        public FetchXmlParser(OrganizationSchema schema, UserCalendar calendar)
        {
            this.schema = schema;
            this.calendar = calendar;
        }

        public QueryExpression Parse(string fetchXml)
        {
            XElement fetch;
            try
            {
                fetch = XElement.Parse(fetchXml);
            }
            catch (XmlException e)
            {
                throw DataverseErrors.InvalidArgument($"The FetchXML is not well-formed XML: {e.Message}");
            }

            Require(fetch.Name == "fetch", $"The FetchXML root element must be <fetch>, not <{fetch.Name}>.");
            if (Flag(fetch, "aggregate"))
            {
                throw DataverseErrors.NotSupported("FetchXML aggregate queries");
            }

            var entity = fetch.Element("entity") ?? throw DataverseErrors.InvalidArgument("The FetchXML has no <entity> element.");
            var table = schema.Table(Required(entity, "name"));
            tableByAlias[table.LogicalName] = table.LogicalName;
            var query = new QueryExpression(table.LogicalName) { Distinct = Flag(fetch, "distinct"), NoLock = Flag(fetch, "no-lock") };
            query.ColumnSet = ReadColumns(entity);
            query.TopCount = Integer(fetch, "top");
            var count = Integer(fetch, "count");
            var page = Integer(fetch, "page");
            if (count != null || page != null || fetch.Attribute("paging-cookie") != null || Flag(fetch, "returntotalrecordcount"))
            {
                query.PageInfo = new PagingInfo
                {
                    Count = count ?? 0,
                    PageNumber = page ?? 1,
                    PagingCookie = (string?)fetch.Attribute("paging-cookie"),
                    ReturnTotalRecordCount = Flag(fetch, "returntotalrecordcount"),
                };
            }

            query.Orders.AddRange(ReadOrders(entity));
            foreach (var link in entity.Elements("link-entity"))
            {
                query.LinkEntities.Add(ReadLink(link, table.LogicalName));
            }

            query.Criteria = ReadFilters(entity, table.LogicalName);
            return query;
        }

        private LinkEntity ReadLink(XElement element, string parentTable)
        {
            var table = schema.Table(Required(element, "name"));
            var linkType = (string?)element.Attribute("link-type") ?? "inner";
            if (!LinkTypes.TryGetValue(linkType, out var join))
            {
                throw DataverseErrors.InvalidArgument($"link-type '{linkType}' is not accepted; use one of: {string.Join(", ", LinkTypes.Keys)}.");
            }

            var link = new LinkEntity(parentTable, table.LogicalName, Required(element, "to"), Required(element, "from"), join)
            {
                EntityAlias = (string?)element.Attribute("alias"),
                Columns = ReadColumns(element),
            };
            tableByAlias[link.EntityAlias ?? table.LogicalName] = table.LogicalName;
            link.Orders.AddRange(ReadOrders(element));
            foreach (var child in element.Elements("link-entity"))
            {
                link.LinkEntities.Add(ReadLink(child, table.LogicalName));
            }

            link.LinkCriteria = ReadFilters(element, table.LogicalName);
            return link;
        }

        private static ColumnSet ReadColumns(XElement entity)
        {
            if (entity.Element("all-attributes") != null)
            {
                return new ColumnSet(true);
            }

            var columns = new ColumnSet();
            foreach (var attribute in entity.Elements("attribute"))
            {
                if (attribute.Attribute("alias") != null || attribute.Attribute("aggregate") != null)
                {
                    throw DataverseErrors.NotSupported("FetchXML attribute aliases and aggregates");
                }

                columns.AddColumn(Required(attribute, "name"));
            }

            return columns;
        }

        private static IEnumerable<OrderExpression> ReadOrders(XElement entity) =>
            entity.Elements("order").Select(order => new OrderExpression(
                Required(order, "attribute"),
                Flag(order, "descending") ? OrderType.Descending : OrderType.Ascending)).ToList();

        private FilterExpression ReadFilters(XElement entity, string table)
        {
            var filters = entity.Elements("filter").ToList();
            if (filters.Count == 0)
            {
                return new FilterExpression(LogicalOperator.And);
            }

            if (filters.Count == 1)
            {
                return ReadFilter(filters[0], table);
            }

            var all = new FilterExpression(LogicalOperator.And);
            all.Filters.AddRange(filters.Select(f => ReadFilter(f, table)));
            return all;
        }

        private FilterExpression ReadFilter(XElement element, string table)
        {
            var type = (string?)element.Attribute("type") ?? "and";
            Require(type is "and" or "or", $"filter type '{type}' is not accepted; use 'and' or 'or'.");
            var filter = new FilterExpression(type == "or" ? LogicalOperator.Or : LogicalOperator.And);
            foreach (var child in element.Elements())
            {
                if (child.Name == "condition")
                {
                    filter.Conditions.Add(ReadCondition(child, table));
                }
                else if (child.Name == "filter")
                {
                    filter.Filters.Add(ReadFilter(child, table));
                }
                else
                {
                    throw DataverseErrors.InvalidArgument($"<filter> cannot contain <{child.Name}>; it takes <condition> and <filter>.");
                }
            }

            return filter;
        }

        private ConditionExpression ReadCondition(XElement element, string table)
        {
            if (element.Attribute("valueof") != null)
            {
                throw DataverseErrors.NotSupported("FetchXML column comparison (valueof)");
            }

            var attributeName = Required(element, "attribute");
            var operatorName = Required(element, "operator");
            if (!Operators.TryGetValue(operatorName, out var op))
            {
                throw DataverseErrors.NotSupported($"FetchXML condition operator '{operatorName}'");
            }

            var entityName = (string?)element.Attribute("entityname");
            var tableName = entityName == null ? table : tableByAlias.TryGetValue(entityName, out var aliased) ? aliased : entityName;
            var column = schema.Table(tableName).Column(attributeName);
            var texts = element.Attribute("value") is { } single
                ? new[] { single.Value }
                : element.Elements("value").Select(v => v.Value).ToArray();
            var values = texts.Select(text => Convert(text, column, op, tableName)).ToArray();
            return new ConditionExpression(entityName, attributeName, op, values);
        }

        private object Convert(string text, ColumnDefinition column, ConditionOperator op, string table)
        {
            try
            {
                if (op is ConditionOperator.LastXDays or ConditionOperator.NextXDays or ConditionOperator.LastXHours or ConditionOperator.NextXHours)
                {
                    return int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
                }

                return column.Type switch
                {
                    ColumnType.String or ColumnType.Memo => text,
                    ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist =>
                        int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                    ColumnType.BigInt => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                    ColumnType.Decimal or ColumnType.Money => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
                    ColumnType.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                    ColumnType.Boolean => text is "1" or "true" ? true : text is "0" or "false" ? false : throw new FormatException($"'{text}' is not 0, 1, true or false."),
                    ColumnType.DateTime => ConvertDate(text, op),
                    _ => Guid.Parse(text),
                };
            }
            catch (FormatException e)
            {
                throw DataverseErrors.InvalidArgument(
                    $"An exception \"System.FormatException\" was thrown while trying to convert input value '{text}' to attribute '{table}.{column.LogicalName}'. Exception raised: {e.Message}");
            }
        }

        private object ConvertDate(string text, ConditionOperator op)
        {
            var parsed = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            if (op is ConditionOperator.On or ConditionOperator.NotOn or ConditionOperator.OnOrBefore or ConditionOperator.OnOrAfter)
            {
                return DateTime.SpecifyKind(parsed.Date, DateTimeKind.Unspecified);
            }

            return parsed.Kind switch
            {
                DateTimeKind.Utc => parsed,
                DateTimeKind.Local => parsed.ToUniversalTime(),
                _ => calendar.ToUtc(parsed),
            };
        }

        private static string Required(XElement element, string attribute) =>
            (string?)element.Attribute(attribute) ?? throw DataverseErrors.InvalidArgument($"<{element.Name}> needs the '{attribute}' attribute.");

        private static bool Flag(XElement element, string attribute) =>
            (string?)element.Attribute(attribute) is "true" or "1";

        private static int? Integer(XElement element, string attribute)
        {
            var text = (string?)element.Attribute(attribute);
            if (text == null)
            {
                return null;
            }

            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw DataverseErrors.InvalidArgument($"fetch attribute '{attribute}' must be a whole number; got '{text}'.");
        }

        private static void Require(bool condition, string message)
        {
            if (!condition)
            {
                throw DataverseErrors.InvalidArgument(message);
            }
        }
    }
}
