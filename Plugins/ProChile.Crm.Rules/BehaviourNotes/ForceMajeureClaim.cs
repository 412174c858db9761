namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N1: the cause a company gives for not travelling or attending, as its regional executive assesses it.
    /// "Caso fortuito o fuerza mayor" (Código Civil art. 45): a cause wholly outside its will, that could not
    /// be foreseen, and that could not be avoided. <b>Interpretation</b>: all three must hold, as Chilean law
    /// reads art. 45, although the protocol's sentence joins the last two with "o".
    /// </summary>
    public sealed class ForceMajeureClaim
    {
        public ForceMajeureClaim(bool outsideCompanysWill, bool unforeseeable, bool unavoidable)
        {
            OutsideCompanysWill = outsideCompanysWill;
            Unforeseeable = unforeseeable;
            Unavoidable = unavoidable;
        }

        /// <summary>"Proviene de una causa enteramente ajena a su voluntad".</summary>
        public bool OutsideCompanysWill { get; }

        /// <summary>"No se ha podido prever dentro de los cálculos ordinarios y corrientes".</summary>
        public bool Unforeseeable { get; }

        /// <summary>"No se ha podido evitar".</summary>
        public bool Unavoidable { get; }

        public bool IsForceMajeure => OutsideCompanysWill && Unforeseeable && Unavoidable;
    }
}
