using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Process;
using ProChile.Crm.Rules.Routing;

namespace ProChile.Crm.Rules.Settings
{
    /// <summary>
    /// The settings in effect: each <see cref="SettingsCatalog"/> default, replaced by the admin's override where
    /// there is one. Immutable; build it once per execution from the overrides stored in Dataverse
    /// (<see cref="FromOverrides"/>), or use <see cref="Defaults"/>.
    /// </summary>
    public sealed class RuleSettings
    {
        private readonly Dictionary<string, string> _effective;

        private RuleSettings(Dictionary<string, string> effective)
        {
            _effective = effective;
            MinimumQualifyingActions = Read(SettingsCatalog.MinimumQualifyingActions);
            ActivityWindowMonths = Read(SettingsCatalog.ActivityWindowMonths);
            DeadlineWarnings = new DeadlineWarningSettings(Read(SettingsCatalog.BusinessDaysAtRisk), Read(SettingsCatalog.ShareOfSpanAtRisk));
            Alerts = new AlertSettings(Read(SettingsCatalog.AlertTaskAtRisk), Read(SettingsCatalog.AlertTaskOverdue), Read(SettingsCatalog.AlertEmailOverdue),
                Read(SettingsCatalog.AlertTaskDefenceFiled), Read(SettingsCatalog.AlertTaskDefenceLapsed));
            MinimumLeadDays = Read(SettingsCatalog.MinimumLeadDays);
            CertifiedLetterLagDays = Read(SettingsCatalog.CertifiedLetterLagDays);
            NoteValidity = Read(SettingsCatalog.NoteValidityPeriod);
            ExecutiveTaskDueMonths = Read(SettingsCatalog.ExecutiveTaskDueMonths);
            DefaultBusinessHorizonMonths = Read(SettingsCatalog.DefaultBusinessHorizonMonths);
            GuidanceEmail = new GuidanceEmailTemplate(Read(SettingsCatalog.GuidanceEmailSubject), Read(SettingsCatalog.GuidanceEmailBody));
            Mailboxes = new RegionalMailboxes(
                SettingsCatalog.RegionMailboxes.ToDictionary(p => p.Key, p => Read(p.Value)),
                Read(SettingsCatalog.RegistrationProblemsMailbox));
        }

        /// <summary>Every setting at its default.</summary>
        public static RuleSettings Defaults { get; } = new RuleSettings(new Dictionary<string, string>());

        /// <summary>
        /// The defaults with the given overrides (setting name to text). Names are matched ignoring case; a blank
        /// value means "use the default". An unknown name, a name given twice, or a value the setting does not
        /// accept throws <see cref="InvalidSettingException"/> naming it: a typo must not silently fall back.
        /// </summary>
        public static RuleSettings FromOverrides(IEnumerable<KeyValuePair<string, string?>> overrides)
        {
            var known = SettingsCatalog.All.ToDictionary(s => s.Name, s => s, StringComparer.OrdinalIgnoreCase);
            var effective = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in overrides)
            {
                var key = (pair.Key ?? string.Empty).Trim();
                if (!known.TryGetValue(key, out var setting))
                {
                    throw InvalidSettingException.UnknownName(key, known.Keys);
                }
                if (effective.ContainsKey(setting.Name))
                {
                    throw InvalidSettingException.Duplicate(setting.Name);
                }
                if (!string.IsNullOrWhiteSpace(pair.Value))
                {
                    effective.Add(setting.Name, pair.Value!);
                }
            }
            return new RuleSettings(effective);
        }

        /// <summary>
        /// The defaults with the overrides as they are stored, where one bad row must not stop every rule that reads
        /// settings: an unknown or empty name, a name given again, or a value the setting does not accept is left
        /// out (that setting keeps its default, or its first good value) and reported to <paramref name="skipped"/>
        /// with the same Spanish message <see cref="FromOverrides"/> would throw. Rows are checked when saved
        /// (<see cref="SettingsCatalog.Check"/>); this covers rows stored before that check, or around it.
        /// </summary>
        public static RuleSettings FromStoredOverrides(IEnumerable<KeyValuePair<string, string?>> overrides, Action<InvalidSettingException> skipped)
        {
            if (skipped is null)
            {
                throw new ArgumentNullException(nameof(skipped));
            }
            var effective = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in overrides)
            {
                try
                {
                    var setting = SettingsCatalog.Check(pair.Key, pair.Value);
                    if (!seen.Add(setting.Name))
                    {
                        throw InvalidSettingException.Duplicate(setting.Name);
                    }
                    if (!string.IsNullOrWhiteSpace(pair.Value))
                    {
                        effective.Add(setting.Name, pair.Value!);
                    }
                }
                catch (InvalidSettingException e)
                {
                    skipped(e);
                }
            }
            return new RuleSettings(effective);
        }

        /// <summary>C4: qualifying actions in the window that give category 2 (default 2).</summary>
        public int MinimumQualifyingActions { get; }

        /// <summary>C4: the rolling window in months (default 12).</summary>
        public int ActivityWindowMonths { get; }

        /// <summary>D6: when a running deadline is at risk (defaults: 1 business day; 25 % of the span), for <see cref="DeadlineRule.DeadlineFrom(System.DateTime, Calendar.OfficeCalendar, DeadlineWarningSettings)"/>.</summary>
        public DeadlineWarningSettings DeadlineWarnings { get; }

        /// <summary>D6: which warning and breach actions are on (all by default).</summary>
        public AlertSettings Alerts { get; }

        /// <summary>S14: minimum notice in calendar days for an importer's visit (default 30), for <see cref="LeadTimeCheck.Evaluate"/>.</summary>
        public int MinimumLeadDays { get; }

        /// <summary>N2: business days after the certified letter's receipt at the post office when the note counts as notified (default 3).</summary>
        public int CertifiedLetterLagDays { get; }

        /// <summary>N4: how long a note stays in force from its notification (default until withdrawn).</summary>
        public NoteValidity NoteValidity { get; }

        /// <summary>F1: months after the activity ends when the executive's task is due (default 1).</summary>
        public int ExecutiveTaskDueMonths { get; }

        /// <summary>F2: closed-business email horizon in months when the survey gave none (default 6).</summary>
        public int DefaultBusinessHorizonMonths { get; }

        /// <summary>S4: the guidance email's subject and body templates (admin-editable).</summary>
        public GuidanceEmailTemplate GuidanceEmail { get; }

        /// <summary>R1: the regional mailboxes and the registration-problems mailbox.</summary>
        public RegionalMailboxes Mailboxes { get; }

        /// <summary>The text in effect for a setting: the override, or the default.</summary>
        public string TextOf(SettingDefinition setting) =>
            _effective.TryGetValue(setting.Name, out var text) ? text : setting.DefaultText;

        private T Read<T>(Setting<T> setting) =>
            _effective.TryGetValue(setting.Name, out var text) ? setting.Parse(text) : setting.Default;
    }
}
