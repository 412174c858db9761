using System.Collections.Generic;
using ProChile.Crm.Rules.Process;
using ProChile.Crm.Rules.Routing;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.Tests.Process
{
    [TestClass]
    public sealed class GuidanceEmailTests
    {
        [TestMethod]
        public void S4_TheEmailGoesFromTheRegionsMailboxToTheContactWithTheTemplateFilledIn()
        {
            var email = GuidanceEmail.For("Quesos del Sur", "Ventas@QuesosDelSur.cl ", "los-lagos", RuleSettings.Defaults);

            Assert.IsTrue(email.CanBeSent);
            Assert.AreEqual("ptomontt@prochile.gob.cl", email.From);
            Assert.AreEqual("ventas@quesosdelsur.cl", email.To);
            Assert.AreEqual("ProChile: primeros pasos antes de exportar, Quesos del Sur", email.Subject);
            StringAssert.StartsWith(email.Body, "<p>Estimada empresa Quesos del Sur:</p><p>Gracias por completar");
            StringAssert.Contains(email.Body, "Sercotec");
            StringAssert.Contains(email.Body, "escríbanos a ptomontt@prochile.gob.cl.");
        }

        [TestMethod]
        public void S4_WithoutContactEmailThereIsNoEmailAndTheNoteSaysWhatToDo()
        {
            var email = GuidanceEmail.For("Quesos del Sur", "  ", "los-lagos", RuleSettings.Defaults);

            Assert.IsFalse(email.CanBeSent);
            Assert.IsNull(email.To);
            StringAssert.StartsWith(email.MissingContact, "S4: la empresa no tiene correo de contacto");
        }

        [TestMethod]
        public void S4_AnInvalidContactEmailIsNamedInTheNote()
        {
            var email = GuidanceEmail.For("Quesos del Sur", "ventas en quesos.cl", "los-lagos", RuleSettings.Defaults);

            Assert.IsFalse(email.CanBeSent);
            StringAssert.StartsWith(email.MissingContact, "S4: el correo de contacto de la empresa («ventas en quesos.cl») no es una dirección válida");
            Assert.IsTrue(email.MissingContact!.Length <= 500);
        }

        [TestMethod]
        public void S4_TheAdminsTemplateIsUsedAndALongSubjectIsCutToTheColumn()
        {
            var settings = RuleSettings.FromOverrides(new[]
            {
                new KeyValuePair<string, string?>("S4.GuidanceEmailSubject", new string('x', 391) + "{empresa}"),
                new KeyValuePair<string, string?>("S4.GuidanceEmailBody", "{empresa}: {casilla}"),
            });

            var email = GuidanceEmail.For(new string('e', 600), "a@b.cl", "nuble", settings);

            Assert.AreEqual(GuidanceEmail.SubjectMaxLength, email.Subject.Length);
            Assert.AreEqual(new string('e', 600) + ": nuble@prochile.gob.cl", email.Body);
        }

        [TestMethod]
        public void S4_TheCompanysNameIsHtmlEncodedInTheBody()
        {
            var email = GuidanceEmail.For("Vinos <Sur> & Cía", "a@b.cl", "maule", RuleSettings.Defaults);

            StringAssert.StartsWith(email.Body, "<p>Estimada empresa Vinos &lt;Sur&gt; &amp; Cía:</p>");
            Assert.AreEqual("ProChile: primeros pasos antes de exportar, Vinos <Sur> & Cía", email.Subject);
        }

        [TestMethod]
        public void S4_AnEmptyOrOverlongTemplateIsRefusedNamingTheSetting()
        {
            var error = Assert.ThrowsExactly<InvalidSettingException>(() => RuleSettings.FromOverrides(new[]
            {
                new KeyValuePair<string, string?>("S4.GuidanceEmailBody", new string('x', SettingsCatalog.GuidanceBodyMaxLength + 1)),
            }));

            StringAssert.Contains(error.Message, "S4.GuidanceEmailBody");
        }

        [TestMethod]
        public void R1_AnUnknownRegionIsRefused()
        {
            Assert.ThrowsExactly<UnknownRegionException>(() => GuidanceEmail.For("x", "a@b.cl", "marte", RuleSettings.Defaults));
        }
    }
}
