namespace Microsoft.Xrm.Sdk.Extensions
{
    public static class ContextExtensions
    {
        /// <summary>The input parameter as <typeparamref name="T"/>, or the default when it is absent or of another type.</summary>
        public static T InputParameterOrDefault<T>(this IPluginExecutionContext context, string parameterName)
        {
            return context.InputParameters.TryGetValue<T>(parameterName, out var value) ? value : default(T);
        }
    }
}
