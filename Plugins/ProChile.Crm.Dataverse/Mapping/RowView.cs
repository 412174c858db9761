using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>
    /// The row as it will be after the operation: an Update's Target carries only the changed columns, so the
    /// unchanged ones come from the pre-image. Later layers win; a column set to null in the Target stays null.
    /// </summary>
    public static class RowView
    {
        public static Entity Overlay(Entity? below, Entity? above)
        {
            var top = above ?? below;
            var view = new Entity(top?.LogicalName ?? string.Empty) { Id = top?.Id ?? default };
            Copy(below, view);
            Copy(above, view);
            return view;
        }

        private static void Copy(Entity? from, Entity to)
        {
            if (from is null)
            {
                return;
            }
            foreach (var column in from.Attributes)
            {
                to[column.Key] = column.Value;
            }
        }
    }
}
