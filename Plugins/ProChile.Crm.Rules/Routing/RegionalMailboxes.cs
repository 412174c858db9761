using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Routing
{
    /// <summary>
    /// R1: each region's generic mailbox, and the mailbox for registration problems. The protocol's table is
    /// the default; every address is a setting (<c>R1.Mailbox.&lt;region-slug&gt;</c>,
    /// <c>R1.Mailbox.gestion-de-clientes</c>) an admin can change without a deployment. Immutable.
    /// </summary>
    public sealed class RegionalMailboxes
    {
        /// <summary>The settings key of the registration-problems mailbox.</summary>
        public const string RegistrationProblemsKey = "gestion-de-clientes";

        private readonly IReadOnlyDictionary<string, string> _byRegion;

        public RegionalMailboxes(IReadOnlyDictionary<string, string> byRegion, string registrationProblems)
        {
            var missing = Regions.Slugs.Where(slug => !byRegion.ContainsKey(slug)).ToArray();
            if (missing.Length > 0)
            {
                throw new ArgumentException($"Faltan las casillas de: {string.Join(", ", missing)}; se necesita una por región.", nameof(byRegion));
            }
            _byRegion = new Dictionary<string, string>(byRegion.ToDictionary(p => p.Key, p => p.Value), StringComparer.OrdinalIgnoreCase);
            RegistrationProblems = registrationProblems;
        }

        /// <summary>The protocol's table (Protocolo 2024, "¿Cómo debemos comunicarnos con nuestro público?").</summary>
        public static IReadOnlyDictionary<string, string> ProtocolAddresses { get; } = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>
        {
            [Offices.AricaYParinacota] = "aricayparinacota@prochile.gob.cl",
            [Offices.Tarapaca] = "iquique@prochile.gob.cl",
            [Offices.Antofagasta] = "antofagasta@prochile.gob.cl",
            [Offices.Atacama] = "copiapo@prochile.gob.cl",
            [Offices.Coquimbo] = "laserena@prochile.gob.cl",
            [Offices.Valparaiso] = "valparaiso@prochile.gob.cl",
            [Offices.Metropolitana] = "metropolitana@prochile.gob.cl",
            [Offices.OHiggins] = "rancagua@prochile.gob.cl",
            [Offices.Maule] = "talca@prochile.gob.cl",
            [Offices.Nuble] = "nuble@prochile.gob.cl",
            [Offices.Biobio] = "concepcion@prochile.gob.cl",
            [Offices.Araucania] = "temuco@prochile.gob.cl",
            [Offices.LosRios] = "valdivia@prochile.gob.cl",
            [Offices.LosLagos] = "ptomontt@prochile.gob.cl",
            [Offices.Aysen] = "coyhaique@prochile.gob.cl",
            [Offices.Magallanes] = "ptaarenas@prochile.gob.cl",
        });

        /// <summary>R1: "problemas para registrarse ... informar al correo gestiondeclientes@prochile.gob.cl".</summary>
        public const string ProtocolRegistrationProblemsAddress = "gestiondeclientes@prochile.gob.cl";

        /// <summary>The mailbox for registration, characterisation-form and self-diagnosis problems.</summary>
        public string RegistrationProblems { get; }

        /// <summary>The generic mailbox of a region; throws <see cref="UnknownRegionException"/> for anything but the 16 slugs.</summary>
        public string For(string regionSlug) => _byRegion[Regions.Require(regionSlug).Slug];

        public string For(Office office) => For((office ?? throw new ArgumentNullException(nameof(office))).Slug);
    }
}
