using System;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// Record ids like Dataverse's: sequential in SQL Server's uniqueidentifier order (bytes 10-15 most significant),
    /// so rows with no explicit order come back in creation order, as they tend to in Dataverse; and, as in Dataverse's
    /// sequential ids (consecutive records differ in their first group, e.g. 475b158c-541c-... then 4b5b158c-541c-...),
    /// consecutive ids differ in their first 8 hex digits, so a reference made of them ("ref. 1a2b3c4d", F1/F2/D6
    /// subjects) tells records apart here as it does there. Deterministic for a seed.
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

            // The first group (Data1, stored little-endian in bytes 0-3): the seed's prefix plus the counter.
            uint first = unchecked(BitConverter.ToUInt32(prefix, 0) + (uint)counter);
            for (var i = 0; i < 4; i++)
            {
                bytes[i] = (byte)(first >> (8 * i));
            }

            return new Guid(bytes);
        }
    }
}
