using System;
using System.Collections.Generic;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>D4/D5/R1: the region choice (<see cref="Choices.Region"/>) and the rules' office slugs (<see cref="Offices"/>).</summary>
    public static class RegionChoices
    {
        private static readonly Dictionary<Choices.Region, string> SlugByRegion = new Dictionary<Choices.Region, string>
        {
            { Choices.Region.AricaYParinacota, Offices.AricaYParinacota },
            { Choices.Region.Tarapaca, Offices.Tarapaca },
            { Choices.Region.Antofagasta, Offices.Antofagasta },
            { Choices.Region.Atacama, Offices.Atacama },
            { Choices.Region.Coquimbo, Offices.Coquimbo },
            { Choices.Region.Valparaiso, Offices.Valparaiso },
            { Choices.Region.Metropolitana, Offices.Metropolitana },
            { Choices.Region.OHiggins, Offices.OHiggins },
            { Choices.Region.Maule, Offices.Maule },
            { Choices.Region.Nuble, Offices.Nuble },
            { Choices.Region.Biobio, Offices.Biobio },
            { Choices.Region.Araucania, Offices.Araucania },
            { Choices.Region.LosRios, Offices.LosRios },
            { Choices.Region.LosLagos, Offices.LosLagos },
            { Choices.Region.Aysen, Offices.Aysen },
            { Choices.Region.Magallanes, Offices.Magallanes },
        };

        /// <summary>What the region columns accept, for messages.</summary>
        public const string Expected = "una de las 16 regiones de la lista (Arica y Parinacota a Magallanes)";

        /// <summary>The office slug of a region choice value; false for a value that is not a region.</summary>
        public static bool TryGetOfficeSlug(int choiceValue, out string slug)
        {
            if (Enum.IsDefined(typeof(Choices.Region), choiceValue))
            {
                return SlugByRegion.TryGetValue((Choices.Region)choiceValue, out slug!);
            }
            slug = string.Empty;
            return false;
        }

        /// <summary>The office of a region choice value; false for a value that is not a region.</summary>
        public static bool TryGetOffice(int choiceValue, out Office office)
        {
            office = null!;
            return TryGetOfficeSlug(choiceValue, out var slug) && Offices.TryGet(slug, out office);
        }
    }
}
