using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// The 16 regional offices, keyed by region slug, and "nivel-central" (Santiago): where each is, which
    /// region's holidays it keeps and which zone it counts in (D4, D5). Aysén counts in America/Coyhaique
    /// (UTC−3 all year since 2025), Magallanes in America/Punta_Arenas, the rest in America/Santiago.
    /// </summary>
    public static class Offices
    {
        public const string AricaYParinacota = "arica-y-parinacota";
        public const string Tarapaca = "tarapaca";
        public const string Antofagasta = "antofagasta";
        public const string Atacama = "atacama";
        public const string Coquimbo = "coquimbo";
        public const string Valparaiso = "valparaiso";
        public const string Metropolitana = "metropolitana";
        public const string OHiggins = "ohiggins";
        public const string Maule = "maule";
        public const string Nuble = "nuble";
        public const string Biobio = "biobio";
        public const string Araucania = "araucania";
        public const string LosRios = "los-rios";
        public const string LosLagos = "los-lagos";
        public const string Aysen = "aysen";
        public const string Magallanes = "magallanes";
        public const string NivelCentral = "nivel-central";

        private static readonly Office[] AllOffices =
        {
            Regional(AricaYParinacota, "Arica y Parinacota", "Arica"),
            Regional(Tarapaca, "Tarapacá", "Iquique"),
            Regional(Antofagasta, "Antofagasta", "Antofagasta"),
            Regional(Atacama, "Atacama", "Copiapó"),
            Regional(Coquimbo, "Coquimbo", "La Serena"),
            Regional(Valparaiso, "Valparaíso", "Valparaíso"),
            Regional(Metropolitana, "Metropolitana", "Santiago"),
            Regional(OHiggins, "O'Higgins", "Rancagua"),
            Regional(Maule, "Maule", "Talca"),
            Regional(Nuble, "Ñuble", "Chillán"),
            Regional(Biobio, "Biobío", "Concepción"),
            Regional(Araucania, "La Araucanía", "Temuco"),
            Regional(LosRios, "Los Ríos", "Valdivia"),
            Regional(LosLagos, "Los Lagos", "Puerto Montt"),
            new Office(Aysen, "Aysén", "Coyhaique", Aysen, TimeZoneResolver.Coyhaique),
            new Office(Magallanes, "Magallanes", "Punta Arenas", Magallanes, TimeZoneResolver.PuntaArenas),
            new Office(NivelCentral, "Nivel Central", "Santiago", Metropolitana, TimeZoneResolver.Santiago),
        };

        private static readonly Dictionary<string, Office> BySlug = AllOffices.ToDictionary(o => o.Slug, StringComparer.OrdinalIgnoreCase);

        /// <summary>All 17 offices: the 16 regional ones in north-to-south order, then nivel-central.</summary>
        public static IReadOnlyList<Office> All { get; } = Array.AsReadOnly(AllOffices);

        /// <summary>The slugs, in the order of <see cref="All"/> (for messages that list what is accepted).</summary>
        public static IEnumerable<string> Slugs => AllOffices.Select(o => o.Slug);

        public static bool TryGet(string slug, out Office office) => BySlug.TryGetValue(slug ?? string.Empty, out office!);

        /// <summary>The office of <paramref name="slug"/>; throws <see cref="UnknownOfficeException"/> otherwise.</summary>
        public static Office Get(string slug) => TryGet(slug, out var office) ? office : throw new UnknownOfficeException(slug ?? string.Empty);

        private static Office Regional(string slug, string name, string city) => new Office(slug, name, city, slug, TimeZoneResolver.Santiago);
    }

    /// <summary>An office slug that is not one of <see cref="Offices.All"/>.</summary>
    public sealed class UnknownOfficeException : Exception
    {
        public UnknownOfficeException(string slug)
            : base($"Oficina desconocida «{slug}»; se aceptan: {string.Join(", ", Offices.Slugs)}.")
        {
            Slug = slug;
        }

        public string Slug { get; }
    }
}
