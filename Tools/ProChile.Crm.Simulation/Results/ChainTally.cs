namespace ProChile.Crm.Simulation.Results
{
    /// <summary>
    /// S2, S11, S12: how one kind of chain went (contacts S1/S3/S5 → S2; demands S9/S10 → S11/S12), from the stored
    /// rows: predecessors answered, the successors the chain plugin opened, and the chains met end to end (both
    /// steps answered within their terms). Counts only add.
    /// </summary>
    public sealed class ChainTally
    {
        public int Answered { get; set; }

        public int Opened { get; set; }

        public int MetEndToEnd { get; set; }

        public void Add(ChainTally other)
        {
            Answered += other.Answered;
            Opened += other.Opened;
            MetEndToEnd += other.MetEndToEnd;
        }
    }
}
