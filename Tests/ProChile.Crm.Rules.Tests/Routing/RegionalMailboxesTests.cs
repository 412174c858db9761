using System.Collections.Generic;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Routing;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.Tests.Routing
{
    [TestClass]
    public sealed class RegionalMailboxesTests
    {
        [TestMethod]
        [DataRow("arica-y-parinacota", "aricayparinacota@prochile.gob.cl")]
        [DataRow("tarapaca", "iquique@prochile.gob.cl")]
        [DataRow("antofagasta", "antofagasta@prochile.gob.cl")]
        [DataRow("atacama", "copiapo@prochile.gob.cl")]
        [DataRow("coquimbo", "laserena@prochile.gob.cl")]
        [DataRow("valparaiso", "valparaiso@prochile.gob.cl")]
        [DataRow("metropolitana", "metropolitana@prochile.gob.cl")]
        [DataRow("ohiggins", "rancagua@prochile.gob.cl")]
        [DataRow("maule", "talca@prochile.gob.cl")]
        [DataRow("nuble", "nuble@prochile.gob.cl")]
        [DataRow("biobio", "concepcion@prochile.gob.cl")]
        [DataRow("araucania", "temuco@prochile.gob.cl")]
        [DataRow("los-rios", "valdivia@prochile.gob.cl")]
        [DataRow("los-lagos", "ptomontt@prochile.gob.cl")]
        [DataRow("aysen", "coyhaique@prochile.gob.cl")]
        [DataRow("magallanes", "ptaarenas@prochile.gob.cl")]
        public void R1_DefaultMailboxIsTheProtocolsTable(string region, string mailbox)
        {
            Assert.AreEqual(mailbox, RuleSettings.Defaults.Mailboxes.For(region));
        }

        [TestMethod]
        public void R1_SixteenRegionsHaveAMailbox()
        {
            Assert.AreEqual(16, Regions.Slugs.Count);
            Assert.AreEqual(16, RegionalMailboxes.ProtocolAddresses.Count);
        }

        [TestMethod]
        public void R1_RegistrationProblemsGoToGestionDeClientes()
        {
            Assert.AreEqual("gestiondeclientes@prochile.gob.cl", RuleSettings.Defaults.Mailboxes.RegistrationProblems);
        }

        [TestMethod]
        public void R1_MailboxIsFoundByTheCalendarsOffice()
        {
            Assert.AreEqual("ptaarenas@prochile.gob.cl", RuleSettings.Defaults.Mailboxes.For(Offices.Get("magallanes")));
        }

        [TestMethod]
        public void R1_AdminOverrideChangesOneMailboxAndLeavesTheOthers()
        {
            var settings = RuleSettings.FromOverrides(new Dictionary<string, string?>
            {
                ["R1.Mailbox.valparaiso"] = " Valparaiso.Nueva@ProChile.gob.cl ",
                ["R1.Mailbox.gestion-de-clientes"] = "registro@prochile.gob.cl",
            });

            Assert.AreEqual("valparaiso.nueva@prochile.gob.cl", settings.Mailboxes.For("valparaiso"));
            Assert.AreEqual("talca@prochile.gob.cl", settings.Mailboxes.For("maule"));
            Assert.AreEqual("registro@prochile.gob.cl", settings.Mailboxes.RegistrationProblems);
        }

        [TestMethod]
        [DataRow("valparaiso")]
        [DataRow("valparaiso@")]
        [DataRow("@prochile.gob.cl")]
        [DataRow("a@b@prochile.gob.cl")]
        [DataRow("val paraiso@prochile.gob.cl")]
        [DataRow("valparaiso@prochile")]
        public void R1_MailboxOverrideThatIsNotAnAddressIsRefused(string value)
        {
            var e = Assert.ThrowsExactly<InvalidSettingException>(() =>
                RuleSettings.FromOverrides(new Dictionary<string, string?> { ["R1.Mailbox.valparaiso"] = value }));

            Assert.AreEqual(
                $"El ajuste R1.Mailbox.valparaiso (R1) tiene el valor «{value}», que no es válido: se acepta una dirección de correo como valparaiso@prochile.gob.cl. Valor por defecto: «valparaiso@prochile.gob.cl».",
                e.Message);
        }

        [TestMethod]
        [DataRow("nivel-central")]
        [DataRow("valpo")]
        [DataRow("")]
        public void R1_ValueThatIsNotARegionIsRefusedListingTheRegions(string region)
        {
            var e = Assert.ThrowsExactly<UnknownRegionException>(() => RuleSettings.Defaults.Mailboxes.For(region));

            StringAssert.StartsWith(e.Message, $"«{region}» no es una región; se acepta una de: arica-y-parinacota, tarapaca,");
        }
    }
}
