namespace ProChile.Crm.Rules
{
    /// <summary>
    /// The id of a rule in the attention protocol (shared/protocol/RULES.md): D1..D6, S1..S14, C1..C10,
    /// F1..F3, N1..N4, R1. Code, tests and solution labels cite these so a reader can go from a rule to
    /// its implementation and back.
    /// </summary>
    public static class RuleIds
    {
        public const string Protocol = "Política y Protocolo de Atención de Usuarios ProChile 2024";
    }
}
