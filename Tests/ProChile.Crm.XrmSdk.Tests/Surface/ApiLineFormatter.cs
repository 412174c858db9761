using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>
    /// Renders a type or member, by reflection, in the official listings' line format (ApiListings/README.md).
    /// Works on runtime types and on types from a MetadataLoadContext alike (it compares names, never Type identity).
    /// </summary>
    public static class ApiLineFormatter
    {
        public static string TypeLine(Type type)
        {
            var line = "T:" + DefinitionName(type) + " " + Kind(type);
            if (HasBaseInLine(type))
            {
                line += " : " + TypeReference(type.BaseType!);
            }
            var interfaces = InterfaceNames(type);
            if (interfaces.Count > 0)
            {
                line += " [" + string.Join(", ", interfaces) + "]";
            }
            return line;
        }

        /// <summary>The type's interfaces (all of them, inherited included), rendered and sorted as the listings sort them.</summary>
        public static IReadOnlyList<string> InterfaceNames(Type type)
        {
            if (IsStaticClass(type))
            {
                return Array.Empty<string>();
            }
            return type.GetInterfaces().Select(TypeReference).OrderBy(name => name, StringComparer.Ordinal).ToList();
        }

        public static string MethodLine(MethodBase method)
        {
            var owner = DefinitionName(method.DeclaringType!);
            var parameters = ParameterList(method.GetParameters());
            if (method is ConstructorInfo)
            {
                return "M:" + owner + ".#ctor" + parameters;
            }
            var info = (MethodInfo)method;
            var arity = info.IsGenericMethodDefinition ? "``" + info.GetGenericArguments().Length : string.Empty;
            return "M:" + owner + "." + info.Name + arity + parameters + " -> " + TypeReference(info.ReturnType) + MethodModifiers(info);
        }

        public static string PropertyLine(PropertyInfo property)
        {
            var accessors = string.Empty;
            if (IsVisible(property.GetMethod))
            {
                accessors += "get;";
            }
            if (IsVisible(property.SetMethod))
            {
                accessors += "set;";
            }
            return "P:" + DefinitionName(property.DeclaringType!) + "." + property.Name + ParameterList(property.GetIndexParameters())
                + " -> " + TypeReference(property.PropertyType) + " {" + accessors + "}";
        }

        public static string FieldLine(FieldInfo field)
        {
            var line = "F:" + DefinitionName(field.DeclaringType!) + "." + field.Name + " -> " + TypeReference(field.FieldType);
            if (field.IsLiteral)
            {
                return line + " = " + Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
            }
            if (field.IsStatic)
            {
                line += " static";
            }
            if (field.IsInitOnly)
            {
                line += " readonly";
            }
            return line;
        }

        public static string EventLine(EventInfo @event)
        {
            return "E:" + DefinitionName(@event.DeclaringType!) + "." + @event.Name + " -> " + TypeReference(@event.EventHandlerType!);
        }

        /// <summary>A type as it appears in a signature: `0 and ``0 for generic parameters, Name{Args} when closed, [] and @.</summary>
        public static string TypeReference(Type type)
        {
            if (type.IsGenericParameter)
            {
                return (type.DeclaringMethod != null ? "``" : "`") + type.GenericParameterPosition.ToString(CultureInfo.InvariantCulture);
            }
            if (type.IsByRef)
            {
                return TypeReference(type.GetElementType()!) + "@";
            }
            if (type.IsPointer)
            {
                return TypeReference(type.GetElementType()!) + "*";
            }
            if (type.IsArray)
            {
                var rank = type.GetArrayRank();
                return TypeReference(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + new string(',', rank - 1) + "]");
            }
            // A generic type referring to itself (InArgument<T> returning InArgument<T>) comes back as its definition: same rendering.
            if (type.IsGenericType)
            {
                var definition = DefinitionName(type.GetGenericTypeDefinition());
                var tick = definition.LastIndexOf('`');
                return definition.Substring(0, tick) + "{" + string.Join(",", type.GetGenericArguments().Select(TypeReference)) + "}";
            }
            return DefinitionName(type);
        }

        /// <summary>The declared name: namespace, nesting with '.', and the `N arity suffix of generic definitions.</summary>
        public static string DefinitionName(Type type)
        {
            if (type.IsNested)
            {
                return DefinitionName(type.DeclaringType!) + "." + type.Name;
            }
            return string.IsNullOrEmpty(type.Namespace) ? type.Name : type.Namespace + "." + type.Name;
        }

        internal static bool IsVisible(MethodBase? method)
        {
            return method != null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);
        }

        private static string Kind(Type type)
        {
            if (type.IsInterface)
            {
                return "interface";
            }
            if (type.IsEnum)
            {
                return "enum";
            }
            if (type.IsValueType)
            {
                return "struct";
            }
            if (IsDelegate(type))
            {
                return "delegate";
            }
            if (IsStaticClass(type))
            {
                return "static class";
            }
            return type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
        }

        private static bool HasBaseInLine(Type type) => type.BaseType != null && !type.IsValueType && !type.IsInterface;

        private static bool IsStaticClass(Type type) => type.IsClass && type.IsAbstract && type.IsSealed;

        private static bool IsDelegate(Type type) => type.BaseType != null && type.BaseType.FullName == "System.MulticastDelegate";

        private static string ParameterList(ParameterInfo[] parameters)
        {
            return parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeReference(p.ParameterType))) + ")";
        }

        // Interface implementations are emitted "virtual final" by C#; the listings show them plain, like sealed overrides.
        private static string MethodModifiers(MethodInfo method)
        {
            var modifiers = method.IsStatic ? " static" : string.Empty;
            if (method.IsAbstract)
            {
                modifiers += " abstract";
            }
            else if (method.IsVirtual && !method.IsFinal)
            {
                modifiers += " virtual";
            }
            return modifiers;
        }
    }
}
