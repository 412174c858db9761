namespace System.Activities
{
    /// <summary>An In argument that must be given a value: the invoker refuses to run without it.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class RequiredArgumentAttribute : Attribute
    {
        public RequiredArgumentAttribute()
        {
        }
    }
}
