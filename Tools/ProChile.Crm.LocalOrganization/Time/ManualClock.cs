using System;

namespace ProChile.Crm.LocalOrganization.Time
{
    /// <summary>A clock that stands still until a test sets or advances it.</summary>
    public sealed class ManualClock : IOrganizationClock
    {
        private DateTime utcNow;

        public ManualClock(DateTime utcNow)
        {
            Set(utcNow);
        }

        public DateTime UtcNow => utcNow;

        public void Set(DateTime value)
        {
            if (value.Kind != DateTimeKind.Utc)
            {
                throw new ArgumentException($"ManualClock takes UTC instants; got {value:O} with Kind {value.Kind}.", nameof(value));
            }

            utcNow = value;
        }

        public void Advance(TimeSpan by) => utcNow = utcNow.Add(by);
    }
}
