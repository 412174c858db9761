using System;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// Record ids like Dataverse's: sequential in SQL Server's uniqueidentifier order (bytes 10-15 most significant),
    /// so rows with no explicit order come back in creation order, as they tend to in Dataverse. Deterministic for a seed.
    /// </summary>
    internal sealed class SequentialIdGenerator
    {
        private readonly byte[] prefix = new byte[10];
        private long counter;

        public SequentialIdGenerator(int seed)
        {
            new Random(seed).NextBytes(prefix);
        }

        public Guid Next()
        {
            counter++;
            Span<byte> bytes = stackalloc byte[16]; // one id per write and per request: no array each time
            prefix.CopyTo(bytes);
            var value = counter;
            for (var i = 15; i >= 10; i--)
            {
                bytes[i] = (byte)(value & 0xFF);
                value >>= 8;
            }

            return new Guid(bytes);
        }
    }
}
