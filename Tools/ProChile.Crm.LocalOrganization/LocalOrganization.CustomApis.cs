using System;
using System.Collections.Generic;
using System.Reflection;
using ProChile.Crm.LocalOrganization.Messages;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization
{
    public sealed partial class LocalOrganization
    {
        /// <summary>
        /// Registers every Custom API the assembly's plugin types declare with [CustomApi]: each becomes a message
        /// callable by name with an <c>OrganizationRequest</c>, its plugin the main operation. Returns the declarations.
        /// </summary>
        public IReadOnlyList<CustomApiDeclaration> RegisterCustomApisFrom(Assembly assembly)
        {
            var declarations = CustomApiDeclarationReader.Read(assembly);
            foreach (var declaration in declarations)
            {
                RegisterCustomApi(declaration, assembly.GetType(declaration.PluginTypeFullName, throwOnError: true)!);
            }

            return declarations;
        }

        /// <summary>Registers one Custom API, checked as Dataverse checks its definition (see <see cref="CustomApiDeclarationRules"/>).</summary>
        public void RegisterCustomApi(CustomApiDeclaration api, Type pluginType)
        {
            CustomApiDeclarationRules.Check(api, pluginType, core.Schema);
            runtime.Add(new CustomApiHandler(core, runtime.Invoker, steps, api, pluginType, core.Ids.Next()));
        }
    }
}
