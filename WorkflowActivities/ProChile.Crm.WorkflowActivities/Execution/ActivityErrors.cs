using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.WorkflowActivities.Execution
{
    /// <summary>
    /// Turns what went wrong in an activity into the <see cref="InvalidPluginExecutionException"/> the executive
    /// sees: Spanish, prefixed with the activity's name, saying what was wrong and what is accepted. Our own
    /// errors (inputs, settings, refused category changes) already carry Spanish text; the rules' calendar
    /// errors carry the refused value and get a Spanish sentence here; anything unexpected is reported as such,
    /// with its detail left to the trace (the base traces the full exception).
    /// </summary>
    internal static class ActivityErrors
    {
        public static InvalidPluginExecutionException ToUserFacing(string activityName, Exception exception)
        {
            var prefix = $"«{activityName}»: ";
            if (exception is InvalidPluginExecutionException userFacing)
            {
                // Already Spanish (the shared Dataverse glue's column and settings errors): only say which step failed.
                return userFacing.Message != null && userFacing.Message.StartsWith(prefix, StringComparison.Ordinal)
                    ? userFacing
                    : new InvalidPluginExecutionException(prefix + userFacing.Message, userFacing);
            }
            return new InvalidPluginExecutionException(prefix + Describe(exception), exception);
        }

        private static string Describe(Exception exception)
        {
            switch (exception)
            {
                case ActivityInputException input:
                    return input.Message;
                case InvalidSettingException setting:
                    return "ajuste del protocolo (tabla pch_setting) no válido: " + setting.Message;
                case CategoryChangeRefusedException refused:
                    return refused.Message;
                case DateOutsideCalendarException outside:
                    return $"la fecha {outside.Value} queda fuera del calendario hábil chileno; se aceptan fechas entre los años {CalendarRange.FirstYear} y {CalendarRange.LastYear}.";
                case UnknownOfficeException office:
                    return $"la oficina «{office.Slug}» no existe; se acepta una de las 16 regiones o nivel central.";
                case UnknownTimeZoneException zone:
                    return $"la zona horaria «{zone.TimeZoneId}» no es conocida en este servidor; se acepta un id IANA (p. ej. America/Santiago) o de Windows (p. ej. Pacific SA Standard Time).";
                case UnknownDeadlineRuleException rule:
                    return $"el plazo «{rule.RuleId}» no existe; se acepta uno de S1 a S14.";
                // FaultException<OrganizationServiceFault>, matched by name: the modern build has no System.ServiceModel reference.
                case Exception fault when fault.GetType().Name.StartsWith("FaultException", StringComparison.Ordinal):
                    return $"Dataverse rechazó la operación: {fault.Message}";
                default:
                    return $"error interno ({exception.GetType().Name}). El detalle quedó en el registro de seguimiento del complemento; informe al administrador.";
            }
        }
    }
}
