using System;
using System.Collections.Generic;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// The database transaction of one outermost operation, joined by every nested operation its synchronous plugins
    /// start. It journals each write so it can be undone, and holds the asynchronous steps the operation queued until
    /// it commits. When a nested call fails inside it, Dataverse rolls it back at once ("doomed"): later calls find no
    /// active transaction.
    /// </summary>
    internal sealed class StoreTransaction
    {
        private readonly List<Action> undo = new List<Action>();
        private readonly List<object> pendingAfterCommit = new List<object>();

        public bool IsDoomed { get; private set; }

        public bool IsFinished { get; private set; }

        public IReadOnlyList<object> PendingAfterCommit => pendingAfterCommit;

        public void Journal(Action undoAction) => undo.Add(undoAction);

        /// <summary>Work to release only if the transaction commits (queued asynchronous steps).</summary>
        public void AfterCommit(object item) => pendingAfterCommit.Add(item);

        public void EnsureActive()
        {
            if (IsDoomed || IsFinished)
            {
                throw DataverseErrors.NoActiveTransaction();
            }
        }

        public void Commit()
        {
            EnsureActive();
            IsFinished = true;
            undo.Clear();
        }

        /// <summary>Undoes every journaled write, newest first. Idempotent.</summary>
        public void Rollback()
        {
            for (var i = undo.Count - 1; i >= 0; i--)
            {
                undo[i]();
            }

            undo.Clear();
            pendingAfterCommit.Clear();
            IsFinished = true;
        }

        /// <summary>A nested call failed: roll back now and refuse any further work in this transaction.</summary>
        public void Doom()
        {
            if (IsDoomed)
            {
                return;
            }

            Rollback();
            IsDoomed = true;
        }
    }
}
