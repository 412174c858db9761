using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ProChile.Crm.Registration;

namespace ProChile.Crm.SolutionPackager.Assemblies
{
    /// <summary>
    /// The [CustomApi] declarations of a shipped assembly's plugin types, read through MetadataLoadContext with
    /// <see cref="CustomApiDeclarationReader"/>; a declaration on a class that is no plugin would never run, so it is
    /// refused rather than dropped.
    /// </summary>
    internal static class CustomApiReading
    {
        public static IReadOnlyList<CustomApiDeclaration> Read(Assembly assembly, string displayName, IReadOnlyList<string> pluginTypes, IReadOnlyList<string> otherTypes)
        {
            var apis = new List<CustomApiDeclaration>();
            foreach (var typeName in pluginTypes)
            {
                try
                {
                    var api = CustomApiDeclarationReader.Read(assembly.GetType(typeName, throwOnError: true)!);
                    if (api != null)
                    {
                        apis.Add(api);
                    }
                }
                catch (Exception e) when (e is FileNotFoundException or TypeLoadException or InvalidOperationException)
                {
                    throw new InvalidDataException($"{displayName}: cannot read the [CustomApi] declaration of {typeName}: {e.Message}", e);
                }
            }

            foreach (var typeName in otherTypes)
            {
                CustomApiDeclaration? declared;
                try
                {
                    declared = CustomApiDeclarationReader.Read(assembly.GetType(typeName, throwOnError: true)!);
                }
                catch (Exception e) when (e is FileNotFoundException or TypeLoadException or InvalidOperationException)
                {
                    continue; // its attributes need an assembly we do not have; it is no plugin either way
                }

                if (declared != null)
                {
                    throw new InvalidDataException(
                        $"{displayName}: {typeName} declares [CustomApi] but does not implement {ShippedAssemblyReader.PluginInterface}; make it a plugin (derive from the plugin base) or remove the declaration.");
                }
            }

            return apis.OrderBy(a => a.UniqueName, StringComparer.Ordinal).ToList();
        }
    }
}
