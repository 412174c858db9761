using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.Plugins.Pipeline
{
    /// <summary>
    /// Errors in how a step is registered. Each says what ran, what the class declares, and how to fix the
    /// registration (Spanish: admins read them in Dataverse). The class's <see cref="PluginStepAttribute"/> is the
    /// source of truth; the solution's steps are generated from it.
    /// </summary>
    internal static class RegistrationErrors
    {
        public static InvalidPluginExecutionException NoMatchingStep(string plugin, IPluginExecutionContext context, IEnumerable<PluginStepAttribute> declared) =>
            new InvalidPluginExecutionException(
                $"Registro incorrecto: {plugin} se ejecutó en {Describe(context.MessageName, context.PrimaryEntityName, context.Stage, context.Mode)}, " +
                $"pero la clase declara solo: {string.Join("; ", declared.Select(s => Describe(s.Message, s.PrimaryEntity, (int)s.Stage, (int)s.Mode)))}. " +
                $"Corrija el paso en la solución o en la herramienta de registro para que coincida con [PluginStep] de {plugin}, o quítelo.");

        public static InvalidPluginExecutionException MissingTarget(string plugin, IPluginExecutionContext context, string expectedType) =>
            new InvalidPluginExecutionException(
                $"Registro incorrecto: {plugin} en {Describe(context)} no recibió el parámetro Target como {expectedType}. " +
                $"Regístrelo solo en los mensajes que declara su [PluginStep] (Create, Update o Delete de la tabla indicada).");

        public static InvalidPluginExecutionException UndeclaredImage(string plugin, string imageName) =>
            new InvalidPluginExecutionException(
                $"{plugin} pide la imagen «{imageName}», pero su [PluginStep] no la declara; declare sus columnas en el atributo.");

        public static InvalidPluginExecutionException MissingImage(string plugin, IPluginExecutionContext context, string imageName, IEnumerable<string> columns) =>
            new InvalidPluginExecutionException(
                $"Registro incorrecto: falta la imagen «{imageName}» en el paso de {plugin} ({Describe(context)}). " +
                $"Registre la imagen con ese alias y las columnas {string.Join(", ", columns)}, como declara su [PluginStep].");

        private static string Describe(IPluginExecutionContext context) =>
            Describe(context.MessageName, context.PrimaryEntityName, context.Stage, context.Mode);

        private static string Describe(string message, string table, int stage, int mode) =>
            $"{message} de {table}, etapa {StageName(stage)} ({stage}), {(mode == (int)StepMode.Asynchronous ? "asíncrono" : "síncrono")}";

        private static string StageName(int stage)
        {
            switch (stage)
            {
                case (int)PipelineStage.PreValidation:
                    return "PreValidation";
                case (int)PipelineStage.PreOperation:
                    return "PreOperation";
                case (int)PipelineStage.MainOperation:
                    return "MainOperation";
                case (int)PipelineStage.PostOperation:
                    return "PostOperation";
                default:
                    return "desconocida";
            }
        }
    }
}
