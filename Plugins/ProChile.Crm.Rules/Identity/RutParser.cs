using System.Text;

namespace ProChile.Crm.Rules.Identity
{
    /// <summary>
    /// C10: reads a RUT written any usual way: with or without dots, spaces, a hyphen before the check digit,
    /// a lower-case k, leading zeros. Separators are ignored wherever they are; the check digit decides.
    /// Every refusal is a Spanish sentence that names the value and says what is expected.
    /// </summary>
    internal static class RutParser
    {
        internal readonly struct Result
        {
            public Result(Rut? rut, string? problem)
            {
                Rut = rut;
                Problem = problem;
            }

            public Rut? Rut { get; }

            public string? Problem { get; }
        }

        public static Result Parse(string? value)
        {
            if (value is null || value.Trim().Length == 0)
            {
                return Fail("El RUT está vacío; " + Rut.ExpectedFormSpanish + ".");
            }
            var compact = new StringBuilder(value.Length);
            int hyphens = 0;
            foreach (char c in value)
            {
                if (c == '.' || char.IsWhiteSpace(c))
                {
                    continue;
                }
                if (c == '-')
                {
                    hyphens++;
                    compact.Append(c);
                    continue;
                }
                if (!IsDigit(c) && c != 'k' && c != 'K')
                {
                    return Fail($"El RUT «{value}» contiene «{c}», que no puede ir en un RUT; {Rut.ExpectedFormSpanish}.");
                }
                compact.Append(char.ToUpperInvariant(c));
            }
            return ParseCompact(value, compact.ToString(), hyphens);
        }

        private static Result ParseCompact(string value, string compact, int hyphens)
        {
            if (hyphens > 1 || (hyphens == 1 && compact.IndexOf('-') != compact.Length - 2))
            {
                return Fail($"El RUT «{value}» tiene el guion fuera de lugar: solo puede ir uno, justo antes del dígito verificador; {Rut.ExpectedFormSpanish}.");
            }
            var digits = compact.Replace("-", string.Empty);
            if (digits.Length < 2)
            {
                return Fail($"El RUT «{value}» es demasiado corto: le falta el número o el dígito verificador; {Rut.ExpectedFormSpanish}.");
            }
            var bodyText = digits.Substring(0, digits.Length - 1).TrimStart('0');
            char given = digits[digits.Length - 1];
            if (bodyText.IndexOf('K') >= 0)
            {
                return Fail($"El RUT «{value}» tiene una K antes del final: la K solo puede ser el dígito verificador; {Rut.ExpectedFormSpanish}.");
            }
            if (bodyText.Length == 0 || bodyText.Length > 8)
            {
                return Fail($"El RUT «{value}» tiene un número fuera de rango: el número de un RUT va de 1 a 99.999.999 (hasta 8 dígitos) y le sigue el dígito verificador.");
            }
            int body = int.Parse(bodyText, System.Globalization.CultureInfo.InvariantCulture);
            char expected = Rut.ComputeCheckDigit(body);
            if (given != expected)
            {
                return Fail($"El RUT «{value}» tiene un dígito verificador incorrecto: para el número {Rut.FormatBodyWithDots(body)} el dígito verificador es {expected}, no {given}. Revise el número y el dígito"
                    + (hyphens == 0 ? " (sin guion, el último carácter se lee como dígito verificador)." : "."));
            }
            return new Result(Rut.FromBody(body), null);
        }

        // char.IsDigit accepts other scripts' digits; a RUT has only ASCII ones.
        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static Result Fail(string problem) => new Result(null, problem);
    }
}
