using System;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>Instants in the rules are UTC <see cref="DateTime"/>s; this refuses the machine's local kind.</summary>
    internal static class Instants
    {
        public static DateTime RequireUtc(DateTime instant, string parameter)
        {
            if (instant.Kind == DateTimeKind.Local)
            {
                throw new ArgumentException($"El instante {instant:o} está en la hora local de esta máquina; se acepta un instante UTC.", parameter);
            }
            return DateTime.SpecifyKind(instant, DateTimeKind.Utc);
        }

        /// <summary>Drops the fraction of a second, so warnings print as whole seconds.</summary>
        public static DateTime TruncateToSecond(DateTime instant) =>
            new DateTime(instant.Ticks - instant.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }
}
