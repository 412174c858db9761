using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>A stored value as a caller receives it: a copy, with a lookup's Name filled from the referenced record.</summary>
    internal sealed class ValuePresenter
    {
        private readonly Func<EntityReference, string?> nameOf;

        public ValuePresenter(Func<EntityReference, string?> nameOf)
        {
            this.nameOf = nameOf;
        }

        public object Present(object value)
        {
            var copy = AttributeValues.Clone(value)!;
            if (copy is EntityReference reference)
            {
                reference.Name = nameOf(reference);
            }

            return copy;
        }
    }
}
