using System;
using System.Collections.Generic;
using System.Globalization;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Accounting
{
    /// <summary>
    /// Makes chosen requests fail, as a Dataverse outage or a concurrent change would, so a test can check that the
    /// operation rolls back whole. Faults fire before the request does anything, and count every request (outside
    /// calls, plugins' calls, batch requests) from the moment they are set.
    /// </summary>
    public sealed class FaultInjector
    {
        private readonly List<Rule> rules = new List<Rule>();
        private int seen;

        /// <summary>The <paramref name="n"/>th request from now (1 = the next one) fails once.</summary>
        public void FailCall(int n, string? message = null, int errorCode = ErrorCodes.Unexpected)
        {
            if (n < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(n), n, "Calls are counted from 1 (the next call).");
            }

            var target = seen + n;
            rules.Add(new Rule(call => call.Sequence == target, message, errorCode, once: true));
        }

        /// <summary>Every request matching <paramref name="predicate"/> fails until <see cref="Clear"/>.</summary>
        public void FailWhen(Func<ServiceCall, bool> predicate, string? message = null, int errorCode = ErrorCodes.Unexpected) =>
            rules.Add(new Rule(c => predicate(c.Call), message, errorCode, once: false));

        public void Clear() => rules.Clear();

        private Rule? FirstMatching(NumberedCall numbered) => rules.Find(r => r.Matches(numbered));

        internal void Check(ServiceCall call)
        {
            seen++;
            // No fault planned (every run but the tests that plan one): nothing to match, nothing to allocate.
            var rule = rules.Count == 0 ? null : FirstMatching(new NumberedCall(seen, call));
            if (rule == null)
            {
                return;
            }

            if (rule.Once)
            {
                rules.Remove(rule);
            }

            throw DataverseErrors.Fault(rule.ErrorCode, rule.Message ?? string.Format(CultureInfo.InvariantCulture,
                "Injected fault: request {0} ({1} {2}, depth {3}) fails as the test asked.", seen, call.MessageName, call.EntityName, call.Depth));
        }

        private sealed record NumberedCall(int Sequence, ServiceCall Call);

        private sealed class Rule
        {
            private readonly Func<NumberedCall, bool> matches;

            public Rule(Func<NumberedCall, bool> matches, string? message, int errorCode, bool once)
            {
                this.matches = matches;
                Message = message;
                ErrorCode = errorCode;
                Once = once;
            }

            public string? Message { get; }

            public int ErrorCode { get; }

            public bool Once { get; }

            public bool Matches(NumberedCall call) => matches(call);
        }
    }
}
