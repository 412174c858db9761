using System;

namespace Microsoft.Xrm.Sdk.Extensions
{
    /// <summary>Typed access to the services Dataverse hands a plugin through its IServiceProvider.</summary>
    public static class ServiceProviderExtensions
    {
        /// <summary>The service of type <typeparamref name="T"/>, or the default when the provider has none.</summary>
        public static T Get<T>(this IServiceProvider serviceProvider)
        {
            if (serviceProvider == null)
            {
                throw new ArgumentNullException(nameof(serviceProvider));
            }
            return (T)serviceProvider.GetService(typeof(T));
        }

        /// <summary>An organization service running as <paramref name="userId"/>, from the provider's IOrganizationServiceFactory.</summary>
        public static IOrganizationService GetOrganizationService(this IServiceProvider serviceProvider, Guid userId)
        {
            var factory = serviceProvider.Get<IOrganizationServiceFactory>()
                ?? throw new InvalidOperationException("The service provider offers no IOrganizationServiceFactory.");
            return factory.CreateOrganizationService(userId);
        }
    }
}
