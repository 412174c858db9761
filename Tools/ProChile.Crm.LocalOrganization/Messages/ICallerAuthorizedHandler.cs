using ProChile.Crm.LocalOrganization.Pipeline;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>A message that checks its caller before any step runs (a Custom API's execute privilege).</summary>
    internal interface ICallerAuthorizedHandler
    {
        void Authorize(CallerContext caller);
    }
}
