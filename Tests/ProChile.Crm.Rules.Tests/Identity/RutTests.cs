using ProChile.Crm.Rules.Identity;

namespace ProChile.Crm.Rules.Tests.Identity
{
    [TestClass]
    public sealed class RutTests
    {
        [TestMethod]
        [DataRow("76.086.428-5")]
        [DataRow("76086428-5")]
        [DataRow("760864285")]
        [DataRow("76 086 428 5")]
        [DataRow("  76.086.428 - 5  ")]
        [DataRow("076.086.428-5")]
        public void C10_EveryUsualSpellingGivesTheSameCanonicalForm(string spelling)
        {
            Assert.AreEqual("76086428-5", Rut.Parse(spelling).ToString());
        }

        [TestMethod]
        public void C10_LowerCaseKIsReadAsTheCheckDigitK()
        {
            var rut = Rut.Parse("10.000.013-k");

            Assert.AreEqual('K', rut.CheckDigit);
            Assert.AreEqual("10000013-K", rut.ToString());
        }

        [TestMethod]
        public void C10_SumDivisibleByElevenGivesCheckDigitZero()
        {
            // 10.000.004: 4*2 + 1*3 = 11, and 11 - 0 = 11 maps to 0.
            Assert.AreEqual('0', Rut.ComputeCheckDigit(10000004));
            Assert.AreEqual("10000004-0", Rut.Parse("10000004-0").ToString());
        }

        [TestMethod]
        [DataRow(76086428, '5')]
        [DataRow(11111111, '1')]
        [DataRow(12345678, '5')]
        [DataRow(10000013, 'K')]
        [DataRow(1, '9')]
        public void C10_CheckDigitIsModulo11WithWeightsTwoToSeven(int body, char expected)
        {
            Assert.AreEqual(expected, Rut.ComputeCheckDigit(body));
        }

        [TestMethod]
        public void C10_DisplayFormPutsDotsEveryThreeDigits()
        {
            Assert.AreEqual("76.086.428-5", Rut.Parse("760864285").ToDisplayString());
            Assert.AreEqual("1-9", Rut.Parse("1-9").ToDisplayString());
            Assert.AreEqual("999.999-K", Rut.Parse("999999-k").ToDisplayString());
        }

        [TestMethod]
        public void C10_WrongCheckDigitIsRefusedNamingTheValueAndTheRightDigit()
        {
            var e = Assert.ThrowsExactly<InvalidRutException>(() => Rut.Parse("76.086.428-4"));

            Assert.AreEqual("76.086.428-4", e.Value);
            Assert.AreEqual(
                "El RUT «76.086.428-4» tiene un dígito verificador incorrecto: para el número 76.086.428 el dígito verificador es 5, no 4. Revise el número y el dígito.",
                e.Message);
        }

        [TestMethod]
        public void C10_WithoutHyphenTheMessageSaysTheLastCharacterWasReadAsCheckDigit()
        {
            Assert.IsFalse(Rut.TryParse("76086428", out var rut, out var problem));

            Assert.IsNull(rut);
            Assert.AreEqual(
                "El RUT «76086428» tiene un dígito verificador incorrecto: para el número 7.608.642 el dígito verificador es 7, no 8. Revise el número y el dígito (sin guion, el último carácter se lee como dígito verificador).",
                problem);
        }

        [TestMethod]
        public void C10_ForeignCharacterIsRefusedNamingIt()
        {
            var e = Assert.ThrowsExactly<InvalidRutException>(() => Rut.Parse("76,086,428-5"));

            StringAssert.StartsWith(e.Message, "El RUT «76,086,428-5» contiene «,», que no puede ir en un RUT; se espera un RUT como 76.086.428-5");
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("   ")]
        [DataRow(null)]
        public void C10_EmptyValueIsRefusedSayingWhatIsExpected(string? value)
        {
            var e = Assert.ThrowsExactly<InvalidRutException>(() => Rut.Parse(value));

            StringAssert.StartsWith(e.Message, "El RUT está vacío; se espera un RUT como 76.086.428-5");
        }

        [TestMethod]
        [DataRow("76-086-428-5", "tiene el guion fuera de lugar")]
        [DataRow("76086-4285", "tiene el guion fuera de lugar")]
        [DataRow("7K086428-5", "tiene una K antes del final")]
        [DataRow("5", "es demasiado corto")]
        [DataRow("123.456.789-2", "tiene un número fuera de rango")]
        [DataRow("0-0", "tiene un número fuera de rango")]
        public void C10_MalformedValuesAreRefusedWithTheirReason(string value, string reason)
        {
            Assert.IsFalse(Rut.TryParse(value, out _, out var problem));

            StringAssert.StartsWith(problem, $"El RUT «{value}» {reason}");
        }

        [TestMethod]
        public void C10_TwoSpellingsOfOneRutAreEqual()
        {
            Assert.AreEqual(Rut.Parse("76.086.428-5"), Rut.Parse("760864285"));
            Assert.AreEqual(Rut.Parse("76.086.428-5").GetHashCode(), Rut.Parse("760864285").GetHashCode());
            Assert.AreNotEqual(Rut.Parse("76.086.428-5"), Rut.Parse("11.111.111-1"));
        }

        [TestMethod]
        public void C10_EveryBodyRoundTripsThroughItsCanonicalForm()
        {
            for (int body = 1; body < 200000; body += 7)
            {
                var rut = Rut.FromBody(body);
                Assert.AreEqual(rut, Rut.Parse(rut.ToDisplayString()));
                Assert.AreEqual(rut.ToString(), Rut.Parse(rut.ToString().ToLowerInvariant()).ToString());
            }
        }
    }
}
