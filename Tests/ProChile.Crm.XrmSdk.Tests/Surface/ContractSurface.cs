using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>The public and protected surface of an assembly or a type, as listing lines.</summary>
    public static class ContractSurface
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        public static IReadOnlyList<ApiLine> Of(Assembly assembly)
        {
            return assembly.GetTypes().Where(IsVisibleOutside).SelectMany(Of).ToList();
        }

        public static IReadOnlyList<ApiLine> Of(Type type)
        {
            var lines = new List<ApiLine> { new ApiLine(ApiLineFormatter.TypeLine(type), type.IsNestedFamily || type.IsNestedFamORAssem, PlatformInterfaces(type)) };
            lines.AddRange(type.GetConstructors(Declared).Where(c => !c.IsStatic && ApiLineFormatter.IsVisible(c)).Select(c => new ApiLine(ApiLineFormatter.MethodLine(c), !c.IsPublic)));
            lines.AddRange(type.GetMethods(Declared).Where(IsSurfaceMethod).Select(m => new ApiLine(ApiLineFormatter.MethodLine(m), !m.IsPublic)));
            lines.AddRange(type.GetProperties(Declared).Where(p => ApiLineFormatter.IsVisible(p.GetMethod) || ApiLineFormatter.IsVisible(p.SetMethod)).Select(p => new ApiLine(ApiLineFormatter.PropertyLine(p), p.GetMethod?.IsPublic != true && p.SetMethod?.IsPublic != true)));
            lines.AddRange(type.GetFields(Declared).Where(IsSurfaceField).Select(f => new ApiLine(ApiLineFormatter.FieldLine(f), !f.IsPublic)));
            lines.AddRange(type.GetEvents(Declared).Where(e => ApiLineFormatter.IsVisible(e.AddMethod)).Select(e => new ApiLine(ApiLineFormatter.EventLine(e), e.AddMethod?.IsPublic != true)));
            return lines;
        }

        private static bool IsVisibleOutside(Type type)
        {
            if (!type.IsNested)
            {
                return type.IsPublic;
            }
            return (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisibleOutside(type.DeclaringType!);
        }

        // Accessors and event methods appear as their property or event; operators stay, as in the listings.
        private static bool IsSurfaceMethod(MethodInfo method)
        {
            return ApiLineFormatter.IsVisible(method) && (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal));
        }

        private static bool IsSurfaceField(FieldInfo field)
        {
            return (field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsSpecialName;
        }

        private static IReadOnlyCollection<string> PlatformInterfaces(Type type)
        {
            var ancestor = type.BaseType;
            while (ancestor != null && ancestor.Assembly == type.Assembly)
            {
                ancestor = ancestor.BaseType;
            }
            return ancestor == null ? Array.Empty<string>() : ancestor.GetInterfaces().Select(ApiLineFormatter.TypeReference).ToList();
        }
    }
}
