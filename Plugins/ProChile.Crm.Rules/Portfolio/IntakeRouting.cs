using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Routing;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C8: after the characterisation form and the self-diagnosis test, what the intake does next.
    /// <list type="bullet">
    /// <item>The form says whether the company exported in the last 3 years. An exporter is contacted by its
    /// regional office: S1 for a non-user, S5 for a former user (C7). A non-exporter must take the test.</item>
    /// <item>The test rates potential: Alta or Media, the regional office contacts it (S3); Baja, CRM sends the
    /// automatic guidance email (S4), except in Arica y Parinacota, Atacama, Los Ríos, Aysén and Magallanes,
    /// where "esta regla no aplicará" and the company follows S3 instead.</item>
    /// </list>
    /// Current users are not routed here: their new requests go to their regional executive (S6).
    /// </summary>
    public static class IntakeRouting
    {
        /// <summary>S4's exception: the regions where a low-potential company is contacted (S3) instead of emailed.</summary>
        public static IReadOnlyList<string> RegionsContactingLowPotential { get; } = Array.AsReadOnly(new[]
        {
            Offices.AricaYParinacota,
            Offices.Atacama,
            Offices.LosRios,
            Offices.Aysen,
            Offices.Magallanes,
        });

        /// <summary>C8: the test is mandatory only for a company that has not exported in the last 3 years.</summary>
        public static bool IsSelfDiagnosisRequired(bool exportedInLastThreeYears) => !exportedInLastThreeYears;

        public static IntakeRoute AfterCharacterisationForm(bool exportedInLastThreeYears, bool isFormerUser)
        {
            if (!exportedInLastThreeYears)
            {
                return new IntakeRoute(IntakeStep.SelfDiagnosisTest, null, new DecisionReason(
                    "C8.TestRequired", "C8",
                    "Declaró en su ficha de caracterización que no ha exportado en los últimos 3 años: debe responder el Test de Autodiagnóstico."));
            }
            if (isFormerUser)
            {
                return new IntakeRoute(IntakeStep.RegionalOfficeContact, ProtocolDeadlines.S5, new DecisionReason(
                    "S5.FormerUserExporter", "S5",
                    "Antigua usuaria que exporta y actualizó su ficha: la oficina regional debe contactarla dentro de 3 días hábiles."));
            }
            return new IntakeRoute(IntakeStep.RegionalOfficeContact, ProtocolDeadlines.S1, new DecisionReason(
                "S1.NonUserExporter", "S1",
                "Empresa exportadora no usuaria que completó su ficha: la oficina regional debe contactarla dentro de 3 días hábiles."));
        }

        /// <summary>The step after the test, for a company of <paramref name="regionSlug"/> (one of the 16 region slugs).</summary>
        public static IntakeRoute AfterSelfDiagnosis(ExportPotential potential, string regionSlug)
        {
            var region = Regions.Require(regionSlug);
            if (potential != ExportPotential.Low)
            {
                var level = potential == ExportPotential.High ? "Alta" : "Media";
                return new IntakeRoute(IntakeStep.RegionalOfficeContact, ProtocolDeadlines.S3, new DecisionReason(
                    "S3.HighOrMedium", "S3",
                    $"Potencialidad exportadora {level}: la oficina regional debe contactarla dentro de 3 días hábiles para agendar entrevista o visita."));
            }
            if (RegionsContactingLowPotential.Contains(region.Slug, StringComparer.OrdinalIgnoreCase))
            {
                return new IntakeRoute(IntakeStep.RegionalOfficeContact, ProtocolDeadlines.S3, new DecisionReason(
                    "S4.RegionalException", "S4",
                    $"Potencialidad exportadora Baja en la región de {region.Name}: no recibe el correo automático (excepción del protocolo para Arica y Parinacota, Atacama, Los Ríos, Aysén y Magallanes); la oficina regional debe contactarla dentro de 3 días hábiles."));
            }
            return new IntakeRoute(IntakeStep.AutomaticGuidanceEmail, ProtocolDeadlines.S4, new DecisionReason(
                "S4.GuidanceEmail", "S4",
                "Potencialidad exportadora Baja: CRM envía de inmediato el correo automático de orientación a nombre de ProChile y lo registra."));
        }
    }
}
