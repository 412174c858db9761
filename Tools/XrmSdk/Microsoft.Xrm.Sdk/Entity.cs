using System;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// A row of a Dataverse table: logical name, id and attribute values. Like the real SDK, the indexer
    /// throws for a missing attribute while <see cref="GetAttributeValue{T}"/> returns the default, and
    /// <see cref="Id"/> is not kept in sync with the primary-key attribute.
    /// </summary>
    public class Entity : IExtensibleDataObject
    {
        private AttributeCollection _attributes = new AttributeCollection();
        private KeyAttributeCollection _keyAttributes = new KeyAttributeCollection();

        public Entity()
        {
        }

        public Entity(string entityName)
        {
            LogicalName = entityName;
        }

        public Entity(string entityName, Guid id)
        {
            LogicalName = entityName;
            Id = id;
        }

        public Entity(string entityName, string keyName, object keyValue)
        {
            LogicalName = entityName;
            _keyAttributes[keyName] = keyValue;
        }

        public Entity(string entityName, KeyAttributeCollection keyAttributes)
        {
            LogicalName = entityName;
            _keyAttributes = keyAttributes ?? new KeyAttributeCollection();
        }

        public string LogicalName { get; set; }

        public virtual Guid Id { get; set; }

        public AttributeCollection Attributes
        {
            get => _attributes;
            set => _attributes = value ?? new AttributeCollection();
        }

        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes;
            set => _keyAttributes = value ?? new KeyAttributeCollection();
        }

        public FormattedValueCollection FormattedValues { get; } = new FormattedValueCollection();

        public RelatedEntityCollection RelatedEntities { get; } = new RelatedEntityCollection();

        public EntityState? EntityState { get; set; }

        public string RowVersion { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        /// <summary>The value of an attribute; throws <see cref="System.Collections.Generic.KeyNotFoundException"/> when absent.</summary>
        public object this[string attributeName]
        {
            get => Attributes[attributeName];
            set => Attributes[attributeName] = value;
        }

        public bool Contains(string attributeName) => Attributes.Contains(attributeName);

        /// <summary>The attribute's value as <typeparamref name="T"/>, or the default when it is absent or null.</summary>
        public virtual T GetAttributeValue<T>(string attributeLogicalName)
        {
            if (Attributes.TryGetValue(attributeLogicalName, out var value) && value != null)
            {
                return (T)value;
            }
            return default(T);
        }

        /// <summary>True when the attribute is present and holds a <typeparamref name="T"/> (or null).</summary>
        public bool TryGetAttributeValue<T>(string attributeLogicalName, out T value)
        {
            if (Attributes.TryGetValue(attributeLogicalName, out var raw) && (raw is T || (raw == null && default(T) == null)))
            {
                value = (T)raw;
                return true;
            }
            value = default(T);
            return false;
        }

        public EntityReference ToEntityReference()
        {
            return new EntityReference(LogicalName, Id)
            {
                KeyAttributes = KeyAttributes,
                RowVersion = RowVersion,
            };
        }

        /// <summary>
        /// A shallow copy as <typeparamref name="T"/>. An early-bound type must name the same table
        /// through its <see cref="EntityLogicalNameAttribute"/>; otherwise the conversion is refused.
        /// </summary>
        public T ToEntity<T>() where T : Entity
        {
            if (typeof(T) != typeof(Entity))
            {
                var declared = typeof(T).GetCustomAttribute<EntityLogicalNameAttribute>();
                if (declared == null || !string.Equals(declared.LogicalName, LogicalName, StringComparison.Ordinal))
                {
                    throw new NotSupportedException(
                        $"Cannot convert entity '{LogicalName}' to {typeof(T).FullName}: the type declares logical name '{declared?.LogicalName}'.");
                }
            }
            var copy = (T)Activator.CreateInstance(typeof(T));
            ShallowCopyTo(copy);
            return copy;
        }

        private void ShallowCopyTo(Entity target)
        {
            target.LogicalName = LogicalName;
            target.Id = Id;
            target.Attributes = Attributes;
            target.KeyAttributes = KeyAttributes;
            target.EntityState = EntityState;
            target.RowVersion = RowVersion;
            target.ExtensionData = ExtensionData;
            target.FormattedValues.Clear();
            target.FormattedValues.AddRange(FormattedValues);
            target.RelatedEntities.Clear();
            target.RelatedEntities.AddRange(RelatedEntities);
        }
    }
}
