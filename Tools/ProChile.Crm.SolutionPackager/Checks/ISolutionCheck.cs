using System.Collections.Generic;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>One rule a solution zip must keep; returns every breach it finds (none when the solution is sound).</summary>
    public interface ISolutionCheck
    {
        IEnumerable<SolutionProblem> Run(CheckContext context);
    }
}
