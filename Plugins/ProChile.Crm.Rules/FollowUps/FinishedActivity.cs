using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>F1/F2: an activity a portfolio company took part in, once it has ended.</summary>
    public sealed class FinishedActivity
    {
        public FinishedActivity(string activityId, CivilDate endedOn, string executiveInCharge, int? businessHorizonMonths)
        {
            ActivityId = string.IsNullOrWhiteSpace(activityId) ? throw new ArgumentException("Una actividad necesita un identificador.", nameof(activityId)) : activityId;
            ExecutiveInCharge = string.IsNullOrWhiteSpace(executiveInCharge)
                ? throw new ArgumentException($"La actividad «{activityId}» necesita el ejecutivo(a) a cargo de la empresa: a su nombre van las tareas y correos de seguimiento.", nameof(executiveInCharge))
                : executiveInCharge;
            if (businessHorizonMonths is int months && (months < 1 || months > 60))
            {
                throw new ArgumentOutOfRangeException(nameof(businessHorizonMonths), months,
                    $"El plazo de concreción de negocios de la encuesta es de {months} meses; se acepta de 1 a 60 meses, o ninguno.");
            }
            EndedOn = endedOn;
            BusinessHorizonMonths = businessHorizonMonths;
        }

        public string ActivityId { get; }

        /// <summary>The activity's last day (the office's civil date).</summary>
        public CivilDate EndedOn { get; }

        /// <summary>The executive in charge of the company: owner of the F1 task, sender of the F2 emails.</summary>
        public string ExecutiveInCharge { get; }

        /// <summary>F2 (b): months within which the company expected business, from the survey; null if it gave none.</summary>
        public int? BusinessHorizonMonths { get; }
    }
}
