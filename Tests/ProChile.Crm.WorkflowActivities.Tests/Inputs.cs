using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.WorkflowActivities.Tests
{
    /// <summary>Literal input values as Dataverse passes them to activities.</summary>
    internal static class Inputs
    {
        public static DateTime Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
            new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);

        public static OptionSetValue Office(Choices.Region region) => new OptionSetValue((int)region);

        public static OptionSetValue Rule(Choices.DeadlineRule rule) => new OptionSetValue((int)rule);
    }
}
