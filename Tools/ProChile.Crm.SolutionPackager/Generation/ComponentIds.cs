using System;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>The deterministic id of each kind of component, from the names the source gives it.</summary>
    public static class ComponentIds
    {
        public static Guid Form(string table, string id) => DeterministicGuid.For("form", table + "/" + id);
        public static Guid View(string table, string id) => DeterministicGuid.For("view", table + "/" + id);
        public static Guid Chart(string table, string id) => DeterministicGuid.For("chart", table + "/" + id);
        public static Guid Dashboard(string id) => DeterministicGuid.For("dashboard", id);
        public static Guid Role(string id) => DeterministicGuid.For("role", id);
        public static Guid PluginAssembly(string assemblyName) => DeterministicGuid.For("pluginassembly", assemblyName);
        public static Guid PluginType(string typeFullName) => DeterministicGuid.For("plugintype", typeFullName);
        public static Guid Step(string identity) => DeterministicGuid.For("step", identity);
        public static Guid StepImage(string stepIdentity, string imageName) => DeterministicGuid.For("stepimage", stepIdentity + "/" + imageName);
        public static Guid FormPart(Guid form, string path) => DeterministicGuid.For("formpart", form.ToString("D") + "/" + path);
    }
}
