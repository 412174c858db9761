using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ProChile.Crm.Registration;

namespace ProChile.Crm.SolutionPackager.Assemblies
{
    /// <summary>
    /// Reads a shipped assembly without loading it into the process: the net462 build cannot run here, and a
    /// zip's DLL must never run. Type kinds come from the metadata tables (base types and interfaces by name,
    /// so System.Activities need not be present); step and activity declarations are read through MetadataLoadContext
    /// with <see cref="StepDeclarationReader"/> and <see cref="ActivityDeclarationReader"/>, which need only the core
    /// library and the assembly itself.
    /// </summary>
    public static class ShippedAssemblyReader
    {
        public const string PluginInterface = "Microsoft.Xrm.Sdk.IPlugin";
        public const string CodeActivityBase = "System.Activities.CodeActivity";

        public static ShippedAssembly Read(string path) => Read(File.ReadAllBytes(path), Path.GetDirectoryName(Path.GetFullPath(path)), path);

        /// <param name="bytes">The assembly file.</param>
        /// <param name="dependencyDirectory">Where its references live (the build output), or null for a DLL from a zip.</param>
        /// <param name="displayName">How to name the assembly in errors.</param>
        /// <param name="readDeclarations">False to classify types only (checking a zip needs no declarations).</param>
        /// <exception cref="InvalidDataException">A declaration cannot be read, a [PluginStep] sits on a class that is no
        /// plugin, or a workflow activity has no [WorkflowActivity].</exception>
        public static ShippedAssembly Read(byte[] bytes, string? dependencyDirectory, string displayName, bool readDeclarations = true)
        {
            using var pe = new PEReader(ImmutableArray.Create(bytes));
            if (!pe.HasMetadata)
            {
                throw new InvalidDataException($"«{displayName}» no es un ensamblado .NET (no tiene metadatos); se espera la compilación net462 de un proyecto de plugins o de actividades de flujo de trabajo.");
            }

            var reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                throw new InvalidDataException($"«{displayName}» es un módulo, no un ensamblado; indique la DLL del ensamblado.");
            }

            var definition = reader.GetAssemblyDefinition();
            var name = reader.GetString(definition.Name);
            var fullName = FullName(reader, definition);
            var kinds = new TypeKinds(reader);
            var pluginTypes = kinds.ConcreteTypes().Where(kinds.ImplementsPlugin).OrderBy(t => t, StringComparer.Ordinal).ToList();
            var activityTypes = kinds.ConcreteTypes().Where(kinds.IsCodeActivity).OrderBy(t => t, StringComparer.Ordinal).ToList();
            if (!readDeclarations)
            {
                return new ShippedAssembly(name, fullName, bytes, pluginTypes, activityTypes, Array.Empty<StepDeclaration>(), Array.Empty<ActivityDeclaration>());
            }

            using var context = new MetadataLoadContext(new ByNameResolver(DependencyPaths(dependencyDirectory)));
            var assembly = context.LoadFromByteArray(bytes);
            var steps = ReadSteps(assembly, displayName, pluginTypes, kinds.ConcreteTypes().Except(pluginTypes).ToList());
            var activities = activityTypes.Select(t => ReadActivity(assembly, displayName, t)).ToList();
            return new ShippedAssembly(name, fullName, bytes, pluginTypes, activityTypes, steps, activities)
            {
                CustomApis = CustomApiReading.Read(assembly, displayName, pluginTypes, kinds.ConcreteTypes().Except(pluginTypes).ToList()),
            };
        }

        /// <summary>"Name, Version=a.b.c.d, Culture=neutral, PublicKeyToken=xxxxxxxxxxxxxxxx", as Dataverse keys assemblies.</summary>
        private static string FullName(MetadataReader reader, AssemblyDefinition definition)
        {
            var culture = definition.Culture.IsNil ? string.Empty : reader.GetString(definition.Culture);
            var publicKey = reader.GetBlobBytes(definition.PublicKey);
            var token = "null";
            if (publicKey.Length > 0)
            {
#pragma warning disable CA5350 // the public key token is defined as the last 8 bytes of the key's SHA-1
                var hash = SHA1.HashData(publicKey);
#pragma warning restore CA5350
                token = string.Concat(hash.Skip(hash.Length - 8).Reverse().Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
            }

            return $"{reader.GetString(definition.Name)}, Version={definition.Version}, Culture={(culture.Length == 0 ? "neutral" : culture)}, PublicKeyToken={token}";
        }

        /// <summary>The runtime's assemblies, then the build output's: what MetadataLoadContext resolves references from.</summary>
        private static Dictionary<string, string> DependencyPaths(string? dependencyDirectory)
        {
            var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"))
            {
                paths[Path.GetFileNameWithoutExtension(file)] = file;
            }

            if (dependencyDirectory != null)
            {
                foreach (var file in Directory.GetFiles(dependencyDirectory, "*.dll"))
                {
                    paths.TryAdd(Path.GetFileNameWithoutExtension(file), file);
                }
            }

            return paths;
        }

        private static ActivityDeclaration ReadActivity(Assembly assembly, string displayName, string typeName)
        {
            try
            {
                return ActivityDeclarationReader.ReadRequired(assembly.GetType(typeName, throwOnError: true)!);
            }
            catch (Exception e) when (e is FileNotFoundException or TypeLoadException or InvalidOperationException)
            {
                throw new InvalidDataException($"{displayName}: {e.Message}", e);
            }
        }

        private static IReadOnlyList<StepDeclaration> ReadSteps(
            Assembly assembly, string displayName, IReadOnlyList<string> pluginTypes, IReadOnlyList<string> otherTypes)
        {
            var steps = new List<StepDeclaration>();
            foreach (var typeName in pluginTypes)
            {
                try
                {
                    steps.AddRange(StepDeclarationReader.Read(assembly.GetType(typeName, throwOnError: true)!));
                }
                catch (Exception e) when (e is FileNotFoundException or TypeLoadException or InvalidOperationException)
                {
                    throw new InvalidDataException($"{displayName}: no se pueden leer las declaraciones [PluginStep] de {typeName}: {e.Message}", e);
                }
            }

            // A step on a class that is not a plugin would never run: say so instead of dropping it.
            foreach (var typeName in otherTypes)
            {
                IReadOnlyList<StepDeclaration> declared;
                try
                {
                    declared = StepDeclarationReader.Read(assembly.GetType(typeName, throwOnError: true)!);
                }
                catch (Exception e) when (e is FileNotFoundException or TypeLoadException)
                {
                    continue; // its attributes need an assembly we do not have; it is no plugin either way
                }

                if (declared.Count > 0)
                {
                    throw new InvalidDataException(
                        $"{displayName}: {typeName} declara [PluginStep] pero no implementa {PluginInterface}; hágalo plugin (derive de la base de plugins) o quite la declaración.");
                }
            }

            return steps;
        }

        /// <summary>Resolves references by simple name: the net462 assembly asks for mscorlib 4.0.0.0, which the runtime's facade serves.</summary>
        private sealed class ByNameResolver : MetadataAssemblyResolver
        {
            private readonly IReadOnlyDictionary<string, string> _paths;

            public ByNameResolver(IReadOnlyDictionary<string, string> paths) => _paths = paths;

            public override Assembly? Resolve(MetadataLoadContext context, AssemblyName assemblyName) =>
                assemblyName.Name != null && _paths.TryGetValue(assemblyName.Name, out var path) ? context.LoadFromAssemblyPath(path) : null;
        }

        /// <summary>Classifies an assembly's types by walking base types and interfaces by name in the metadata tables.</summary>
        private sealed class TypeKinds
        {
            private readonly MetadataReader _reader;
            private readonly Dictionary<string, TypeDefinition> _types = new(StringComparer.Ordinal);

            public TypeKinds(MetadataReader reader)
            {
                _reader = reader;
                foreach (var handle in reader.TypeDefinitions)
                {
                    var type = reader.GetTypeDefinition(handle);
                    if (type.GetDeclaringType().IsNil)
                    {
                        _types[FullName(type)] = type;
                    }
                }
            }

            public IEnumerable<string> ConcreteTypes() => _types
                .Where(t => (t.Value.Attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) == 0 && t.Key != "<Module>")
                .Select(t => t.Key)
                .OrderBy(t => t, StringComparer.Ordinal);

            public bool ImplementsPlugin(string typeName) =>
                Hierarchy(typeName).Any(t => t.Type is { } type && type.GetInterfaceImplementations()
                    .Any(i => NameOf(_reader.GetInterfaceImplementation(i).Interface) == PluginInterface));

            public bool IsCodeActivity(string typeName) =>
                Hierarchy(typeName).Any(t => t.Name == CodeActivityBase || t.Name.StartsWith(CodeActivityBase + "`", StringComparison.Ordinal));

            /// <summary>The type and its base types; types outside the assembly appear by name only (Type null).</summary>
            private IEnumerable<(string Name, TypeDefinition? Type)> Hierarchy(string typeName)
            {
                var name = typeName;
                for (var depth = 0; depth < 64 && name.Length > 0; depth++)
                {
                    if (!_types.TryGetValue(name, out var type))
                    {
                        yield return (name, null);
                        yield break;
                    }

                    yield return (name, type);
                    name = type.BaseType.IsNil ? string.Empty : NameOf(type.BaseType);
                }
            }

            private string FullName(TypeDefinition type)
            {
                var ns = _reader.GetString(type.Namespace);
                var name = _reader.GetString(type.Name);
                return ns.Length == 0 ? name : ns + "." + name;
            }

            private string NameOf(EntityHandle handle)
            {
                switch (handle.Kind)
                {
                    case HandleKind.TypeDefinition:
                        return FullName(_reader.GetTypeDefinition((TypeDefinitionHandle)handle));
                    case HandleKind.TypeReference:
                        var reference = _reader.GetTypeReference((TypeReferenceHandle)handle);
                        var ns = _reader.GetString(reference.Namespace);
                        var name = _reader.GetString(reference.Name);
                        return ns.Length == 0 ? name : ns + "." + name;
                    case HandleKind.TypeSpecification:
                        // A generic instantiation such as CodeActivity<bool>: name its generic type.
                        var specification = _reader.GetTypeSpecification((TypeSpecificationHandle)handle);
                        return specification.DecodeSignature(new GenericTypeNameProvider(this), null);
                    default:
                        return string.Empty;
                }
            }

            private sealed class GenericTypeNameProvider : ISignatureTypeProvider<string, object?>
            {
                private readonly TypeKinds _kinds;

                public GenericTypeNameProvider(TypeKinds kinds) => _kinds = kinds;

                public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;
                public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => _kinds.NameOf(handle);
                public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => _kinds.NameOf(handle);
                public string GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) => _kinds.NameOf(handle);
                public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[]";
                public string GetByReferenceType(string elementType) => elementType + "&";
                public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
                public string GetGenericMethodParameter(object? context, int index) => "!!" + index;
                public string GetGenericTypeParameter(object? context, int index) => "!" + index;
                public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
                public string GetPinnedType(string elementType) => elementType;
                public string GetPointerType(string elementType) => elementType + "*";
                public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
                public string GetSZArrayType(string elementType) => elementType + "[]";
            }
        }
    }
}
