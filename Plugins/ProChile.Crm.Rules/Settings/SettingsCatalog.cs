using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Routing;

namespace ProChile.Crm.Rules.Settings
{
    /// <summary>
    /// Every admin-changeable setting of the rules, in one place: its name, rule id, default and what it
    /// accepts. <see cref="RuleSettings"/> holds the values in effect. The definitions are immutable.
    /// </summary>
    public static class SettingsCatalog
    {
        /// <summary>S4: the longest subject template accepted; with the company's name (160) it stays within email.subject (800).</summary>
        public const int GuidanceSubjectMaxLength = 400;

        /// <summary>S4: the longest body template accepted (pch_setting.pch_value holds 4,000).</summary>
        public const int GuidanceBodyMaxLength = 3000;

        /// <summary>C4 (setting): qualifying actions (C6) in the rolling window that make a portfolio company category 2.</summary>
        public static readonly Setting<int> MinimumQualifyingActions = new Setting<int>(
            "C4.MinimumQualifyingActions", "C4", "2",
            "Acciones que suman (C6) en la ventana móvil para que una empresa cartera sin categoría manual sea categoría 2 (Trabajo Habitual); con menos es categoría 3.",
            "Qualifying actions (C6) in the rolling window that make a portfolio company without a manual category category 2 (Trabajo Habitual); fewer make it category 3.",
            "se acepta un número entero de 1 a 100",
            SettingParsers.IntegerBetween(1, 100));

        /// <summary>C4 (setting): the rolling window, in months, ending on the evaluation date.</summary>
        public static readonly Setting<int> ActivityWindowMonths = new Setting<int>(
            "C4.ActivityWindowMonths", "C4", "12",
            "Meses de la ventana móvil, terminada en la fecha de evaluación, en que se cuentan las acciones para la categoría 2 o 3.",
            "Months of the rolling window, ending on the evaluation date, in which actions are counted for category 2 or 3.",
            "se acepta un número entero de meses de 1 a 120",
            SettingParsers.IntegerBetween(1, 120));

        /// <summary>D6 (setting): a business-day deadline is at risk when fewer than this many business days remain.</summary>
        public static readonly Setting<int> BusinessDaysAtRisk = new Setting<int>(
            "D6.BusinessDaysAtRisk", "D6", "1",
            "Un plazo en días hábiles está en riesgo cuando le quedan menos de esta cantidad de días hábiles (1: desde el inicio de su último día hábil).",
            "A business-day deadline is at risk when fewer than this many business days remain (1: from the start of its last business day).",
            "se acepta un número entero de días hábiles de 0 a 30",
            SettingParsers.IntegerBetween(0, 30));

        /// <summary>D6 (setting): any other deadline is at risk when less than this share of its span remains.</summary>
        public static readonly Setting<double> ShareOfSpanAtRisk = new Setting<double>(
            "D6.ShareOfSpanAtRisk", "D6", "0.25",
            "Un plazo en días corridos u horas está en riesgo cuando le queda menos de esta fracción de su duración.",
            "A calendar-day or hour deadline is at risk when less than this share of its span remains.",
            "se acepta una fracción de 0 a 1, como 0.25, 0,25 o 25%",
            SettingParsers.Share);

        /// <summary>D6 (alert): a request turning at risk gives its owner a task.</summary>
        public static readonly Setting<bool> AlertTaskAtRisk = Switch(
            "D6.AlertTaskAtRisk", "Cuando una solicitud pasa a «En riesgo», se crea una tarea para su responsable, con vencimiento en el plazo.",
            "When a request turns at risk, its owner gets a task due at the deadline.");

        /// <summary>D6 (alert): a request turning overdue gives its owner a task.</summary>
        public static readonly Setting<bool> AlertTaskOverdue = Switch(
            "D6.AlertTaskOverdue", "Cuando una solicitud pasa a «Vencida» sin respuesta, se crea una tarea para su responsable.",
            "When a request turns overdue unanswered, its owner gets a task.");

        /// <summary>D6 (alert, R1): a request turning overdue gives a draft email to its region's mailbox.</summary>
        public static readonly Setting<bool> AlertEmailOverdue = Switch(
            "D6.AlertEmailOverdue", "Cuando una solicitud pasa a «Vencida», se prepara un borrador de correo a la casilla de su oficina regional (R1).",
            "When a request turns overdue, a draft email to its regional office's mailbox (R1) is prepared.");

        /// <summary>D6 (alert, N3): a defence filed against a note tells the account's executive.</summary>
        public static readonly Setting<bool> AlertTaskDefenceFiled = Switch(
            "D6.AlertTaskDefenceFiled", "Cuando llegan los descargos de una nota de comportamiento (N3), se crea una tarea para el ejecutivo(a) de la empresa.",
            "When a behaviour note's defence arrives (N3), the company's executive gets a task.");

        /// <summary>D6 (alert, N3/S8): a defence term that lapses without a defence tells the account's executive.</summary>
        public static readonly Setting<bool> AlertTaskDefenceLapsed = Switch(
            "D6.AlertTaskDefenceLapsed", "Cuando vence el plazo de descargos de una nota sin que lleguen (N3, S8), se crea una tarea para el ejecutivo(a) de la empresa.",
            "When a note's defence term ends without a defence (N3, S8), the company's executive gets a task.");

        /// <summary>S14 (setting): the notice an importer's visit to Chile should have; shorter is flagged, not blocked.</summary>
        public static readonly Setting<int> MinimumLeadDays = new Setting<int>(
            "S14.MinimumLeadDays", "S14", "30",
            "Días corridos de antelación mínima entre la solicitud de agenda y la visita de un importador a Chile; con menos se marca para acuerdo entre oficinas.",
            "Calendar days of notice between the agenda request and an importer's visit to Chile; less is flagged for agreement between offices.",
            "se acepta un número entero de días de 0 a 365",
            SettingParsers.IntegerBetween(0, 365));

        /// <summary>N2 (interpretation, setting): Ley 19.880 art. 46 deems a certified letter notified on the third day after its receipt at the post office.</summary>
        public static readonly Setting<int> CertifiedLetterLagDays = new Setting<int>(
            "N2.CertifiedLetterLagDays", "N2", "3",
            "Días hábiles (Ley 19.880 art. 25) tras la recepción de la carta certificada en la oficina de Correos en que la nota se entiende notificada (art. 46: al tercer día); desde entonces corre el plazo de descargos (S8).",
            "Business days (Ley 19.880 art. 25) after the certified letter's receipt at the post office when the note is deemed notified (art. 46: on the third day); the defence term (S8) runs from then.",
            "se acepta un número entero de días de 0 a 30",
            SettingParsers.IntegerBetween(0, 30));

        /// <summary>N4 (setting): how long a note stays in force from its notification.</summary>
        public static readonly Setting<NoteValidity> NoteValidityPeriod = new Setting<NoteValidity>(
            "N4.NoteValidity", "N4", NoteValidity.UntilWithdrawnText,
            "Cuánto tiempo rige una nota de comportamiento: hasta que se retire, o un número de meses desde que se entiende notificada.",
            "How long a behaviour note stays in force: until it is withdrawn, or a number of months from when it is deemed notified.",
            "se acepta «hasta-retiro» o un número entero de meses de 1 a 120",
            NoteValidity.TryParse);

        /// <summary>F1 (setting): months after the activity ends when the executive's follow-up task for a category-1 company is due.</summary>
        public static readonly Setting<int> ExecutiveTaskDueMonths = new Setting<int>(
            "F1.ExecutiveTaskDueMonths", "F1", "1",
            "Meses después del término de la actividad en que vence la tarea de seguimiento del ejecutivo(a) a cargo de una empresa categoría 1 (Exporta Más).",
            "Months after the activity ends when the follow-up task of the executive in charge of a category-1 company (Exporta Más) is due.",
            "se acepta un número entero de meses de 0 a 24",
            SettingParsers.IntegerBetween(0, 24));

        /// <summary>F2 (setting): the closed-business email's horizon when the company gave none in the survey.</summary>
        public static readonly Setting<int> DefaultBusinessHorizonMonths = new Setting<int>(
            "F2.DefaultBusinessHorizonMonths", "F2", "6",
            "Meses después del término de la actividad en que se envía el correo sobre concreción de negocios cuando la empresa no indicó plazo en la encuesta.",
            "Months after the activity ends when the closed-business email is sent, when the company gave no horizon in the survey.",
            "se acepta un número entero de meses de 1 a 36",
            SettingParsers.IntegerBetween(1, 36));

        /// <summary>S4 (template): the subject of the guidance email to a company whose self-diagnosis gave Baja; {empresa} is replaced by its name.</summary>
        public static readonly Setting<string> GuidanceEmailSubject = new Setting<string>(
            "S4.GuidanceEmailSubject", "S4", "ProChile: primeros pasos antes de exportar, {empresa}",
            "Asunto del correo automático de orientación (S4) a la empresa cuyo Test de Autodiagnóstico dio potencial Bajo; {empresa} se reemplaza por su nombre.",
            "Subject of the automatic guidance email (S4) to a company whose self-diagnosis test gave Baja; {empresa} is replaced by its name.",
            "se acepta un texto de 1 a " + GuidanceSubjectMaxLength + " caracteres",
            SettingParsers.TextUpTo(GuidanceSubjectMaxLength));

        /// <summary>S4 (template): the body of the guidance email, HTML as Dataverse's email body is; {empresa} is the company's name, {casilla} its region's mailbox (R1).</summary>
        public static readonly Setting<string> GuidanceEmailBody = new Setting<string>(
            "S4.GuidanceEmailBody", "S4",
            "<p>Estimada empresa {empresa}:</p>" +
            "<p>Gracias por completar el Test de Autodiagnóstico de ProChile. Su resultado indica que, antes de iniciar el proceso exportador, " +
            "conviene dar algunos pasos previos. Le recomendamos revisar la información sobre comercio exterior y formación exportadora " +
            "disponible en www.prochile.gob.cl y, según la etapa en que se encuentre y el apoyo que requiera, contactar a otros organismos públicos, como Sercotec.</p>" +
            "<p>Si tiene problemas con su registro, su ficha de caracterización o el Test, o no está conforme con esta respuesta, escríbanos a {casilla}.</p>" +
            "<p>Saludos cordiales,<br>ProChile</p>",
            "Cuerpo (HTML) del correo automático de orientación (S4), a nombre de ProChile; {empresa} se reemplaza por el nombre de la empresa y {casilla} por la casilla de su región (R1).",
            "Body (HTML) of the automatic guidance email (S4), on behalf of ProChile; {empresa} is replaced by the company's name and {casilla} by its region's mailbox (R1).",
            "se acepta un texto de 1 a " + GuidanceBodyMaxLength + " caracteres",
            SettingParsers.TextUpTo(GuidanceBodyMaxLength));

        /// <summary>R1 (data): each region's generic mailbox, keyed by region slug; defaults from the protocol's table.</summary>
        public static IReadOnlyDictionary<string, Setting<string>> RegionMailboxes { get; } =
            new ReadOnlyDictionary<string, Setting<string>>(
                Regions.Slugs.ToDictionary(slug => slug, slug => Mailbox(slug, RegionalMailboxes.ProtocolAddresses[slug],
                    $"Casilla genérica de la oficina regional ({slug}).", $"Generic mailbox of the regional office ({slug}).")));

        /// <summary>R1 (data): the mailbox for registration problems.</summary>
        public static readonly Setting<string> RegistrationProblemsMailbox = Mailbox(
            RegionalMailboxes.RegistrationProblemsKey, RegionalMailboxes.ProtocolRegistrationProblemsAddress,
            "Casilla para problemas de registro, ficha de caracterización o Test de Autodiagnóstico.",
            "Mailbox for problems with registration, the characterisation form or the self-diagnosis test.");

        /// <summary>Every setting, in rule order.</summary>
        public static IReadOnlyList<SettingDefinition> All { get; } = Array.AsReadOnly(new SettingDefinition[]
        {
            MinimumQualifyingActions,
            ActivityWindowMonths,
            BusinessDaysAtRisk,
            ShareOfSpanAtRisk,
            AlertTaskAtRisk,
            AlertTaskOverdue,
            AlertEmailOverdue,
            AlertTaskDefenceFiled,
            AlertTaskDefenceLapsed,
            MinimumLeadDays,
            CertifiedLetterLagDays,
            NoteValidityPeriod,
            ExecutiveTaskDueMonths,
            DefaultBusinessHorizonMonths,
            GuidanceEmailSubject,
            GuidanceEmailBody,
        }.Concat(Regions.Slugs.Select(slug => RegionMailboxes[slug])).Concat(new[] { RegistrationProblemsMailbox }).ToArray());

        // Every alert is on by default; an admin writes «no» to turn one off.
        private static Setting<bool> Switch(string name, string description, string englishDescription) => new Setting<bool>(
            name, "D6", "sí", description + " Escriba «no» para desactivarlo.", englishDescription + " Write «no» to turn it off.",
            "se acepta «sí» o «no»", SettingParsers.Switch);

        /// <summary>
        /// The setting stored under <paramref name="key"/>, matched as the reader matches (case and surrounding spaces
        /// ignored); an empty or unknown key throws <see cref="InvalidSettingException"/> listing the known keys.
        /// </summary>
        public static SettingDefinition Find(string? key)
        {
            var name = (key ?? string.Empty).Trim();
            if (name.Length == 0)
            {
                throw InvalidSettingException.MissingName(All.Select(s => s.Name));
            }
            return All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw InvalidSettingException.UnknownName(name, All.Select(s => s.Name));
        }

        /// <summary>
        /// Checks one override as an admin saves it: a known key and a value the setting accepts (a blank value
        /// means the default, so it is accepted). Throws <see cref="InvalidSettingException"/> naming what is wrong
        /// and what is accepted; returns the setting.
        /// </summary>
        public static SettingDefinition Check(string? key, string? value)
        {
            var setting = Find(key);
            if (!string.IsNullOrWhiteSpace(value) && !setting.Accepts(value!))
            {
                throw InvalidSettingException.BadValue(setting, value!);
            }
            return setting;
        }

        private static Setting<string> Mailbox(string key, string address, string description, string englishDescription) => new Setting<string>(
            "R1.Mailbox." + key, "R1", address, description, englishDescription,
            "se acepta una dirección de correo como valparaiso@prochile.gob.cl",
            MailAddress.TryParse);
    }
}
