using System;
using System.Globalization;
using System.Text;

namespace ProChile.Crm.Rules.Identity
{
    /// <summary>
    /// C10: a Chilean tax id (Rol Único Tributario), validated by its modulo-11 check digit (0-9 or K).
    /// <para>
    /// Canonical form: the body's digits without dots or leading zeros, a hyphen, and the check digit with
    /// an upper-case K, e.g. <c>76086428-5</c>. It is the form SII uses in electronic documents, it does
    /// not depend on a culture's thousands separator, and it is what the account stores and matches on.
    /// <see cref="ToDisplayString"/> gives the dotted form people read (<c>76.086.428-5</c>).
    /// </para>
    /// This type holds only the id: it says nothing about whether SII knows the taxpayer.
    /// </summary>
    public sealed class Rut : IEquatable<Rut>
    {
        /// <summary>The largest body accepted: eight digits.</summary>
        public const int MaxBody = 99999999;

        /// <summary>What an accepted value looks like, for messages.</summary>
        public const string ExpectedFormSpanish =
            "se espera un RUT como 76.086.428-5 o 76086428-5: un número de hasta 8 dígitos y su dígito verificador (0-9 o K); se aceptan puntos, espacios, guion y k minúscula";

        private Rut(int body, char checkDigit)
        {
            Body = body;
            CheckDigit = checkDigit;
        }

        /// <summary>The number before the check digit (1 to 99.999.999).</summary>
        public int Body { get; }

        /// <summary>The check digit: '0' to '9' or 'K' (always upper case).</summary>
        public char CheckDigit { get; }

        /// <summary>Builds a RUT from its body alone, computing the check digit.</summary>
        public static Rut FromBody(int body)
        {
            if (body < 1 || body > MaxBody)
            {
                throw new ArgumentOutOfRangeException(nameof(body), body, "El cuerpo de un RUT va de 1 a 99.999.999.");
            }
            return new Rut(body, ComputeCheckDigit(body));
        }

        /// <summary>
        /// C10: the modulo-11 check digit of a body. Digits from the right are weighted 2, 3, 4, 5, 6, 7, 2, 3...;
        /// the digit is 11 minus the sum modulo 11, where 11 gives '0' and 10 gives 'K'.
        /// </summary>
        public static char ComputeCheckDigit(int body)
        {
            if (body < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(body), body, "El cuerpo de un RUT no puede ser negativo.");
            }
            int sum = 0;
            int weight = 2;
            for (int rest = body; rest > 0; rest /= 10)
            {
                sum += (rest % 10) * weight;
                weight = weight == 7 ? 2 : weight + 1;
            }
            int digit = 11 - (sum % 11);
            if (digit == 11)
            {
                return '0';
            }
            return digit == 10 ? 'K' : (char)('0' + digit);
        }

        /// <summary>Parses any usual spelling, or throws <see cref="InvalidRutException"/> saying what is wrong.</summary>
        public static Rut Parse(string? value)
        {
            var result = RutParser.Parse(value);
            if (result.Rut is null)
            {
                throw new InvalidRutException(value, result.Problem!);
            }
            return result.Rut;
        }

        /// <summary>Parses any usual spelling; on failure <paramref name="problem"/> is the Spanish reason.</summary>
        public static bool TryParse(string? value, out Rut? rut, out string? problem)
        {
            var result = RutParser.Parse(value);
            rut = result.Rut;
            problem = result.Problem;
            return rut is not null;
        }

        /// <summary>The canonical form, e.g. <c>76086428-5</c>.</summary>
        public override string ToString() =>
            Body.ToString(CultureInfo.InvariantCulture) + "-" + CheckDigit;

        /// <summary>The dotted form people read, e.g. <c>76.086.428-5</c> (dots whatever the culture).</summary>
        public string ToDisplayString() => FormatBodyWithDots(Body) + "-" + CheckDigit;

        internal static string FormatBodyWithDots(long body)
        {
            var digits = body.ToString(CultureInfo.InvariantCulture);
            var text = new StringBuilder(digits.Length + digits.Length / 3);
            for (int i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    text.Append('.');
                }
                text.Append(digits[i]);
            }
            return text.ToString();
        }

        public bool Equals(Rut? other) => other is not null && other.Body == Body;

        public override bool Equals(object? obj) => Equals(obj as Rut);

        public override int GetHashCode() => Body;
    }
}
