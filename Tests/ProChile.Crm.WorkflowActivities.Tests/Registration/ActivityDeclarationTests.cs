using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.WorkflowActivities.BehaviourNotes;
using ProChile.Crm.WorkflowActivities.Calendar;
using ProChile.Crm.WorkflowActivities.Deadlines;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Portfolio;
using ProChile.Crm.WorkflowActivities.Registration;
using ProChile.Crm.WorkflowActivities.Scheduled;

namespace ProChile.Crm.WorkflowActivities.Tests.Registration
{
    /// <summary>
    /// Every activity the assembly ships, found by reflection, is declared for the designer: group "ProChile", a
    /// Spanish name, a description citing its rule ids, and the reviewed Spanish label of every input and output.
    /// A new activity fails here until its labels are added to <see cref="Labels"/>.
    /// </summary>
    [TestClass]
    public sealed class ActivityDeclarationTests
    {
        private static readonly IReadOnlyDictionary<Type, string[]> Labels = new Dictionary<Type, string[]>
        {
            [typeof(AddBusinessDaysActivity)] = new[] { "in Fecha de inicio", "in Días hábiles", "in Oficina regional", "out Vencimiento", "out Días no hábiles omitidos" },
            [typeof(CountBusinessDaysActivity)] = new[] { "in Fecha de inicio", "in Fecha de término", "in Oficina regional", "out Días hábiles" },
            [typeof(IsBusinessDayActivity)] = new[] { "in Fecha", "in Oficina regional", "out Es día hábil", "out Motivo si no es hábil" },
            [typeof(ComputeDeadlineActivity)] = new[]
            {
                "in Plazo", "in Inicio", "in Oficina regional", "in Zona horaria de la oficina comercial",
                "out Vencimiento", "out En riesgo desde", "out Término", "out Días no hábiles omitidos", "out Estado del plazo",
            },
            [typeof(RecomputeCategoryActivity)] = new[] { "in Empresa", "out Categoría", "out Motivo", "out Categoría cambió" },
            [typeof(DemoteOnOptOutActivity)] = new[] { "in Empresa", "out Bajó a categoría 3", "out Categoría", "out Motivo" },
            [typeof(RegisterBehaviourNoteActivity)] = new[]
            {
                "in Empresa", "in Agenda confirmada", "in Agenda confirmada por la oficina comercial", "in La empresa viajó o asistió", "in Hechos",
                "in Invocó caso fortuito o fuerza mayor", "in Causa ajena a su voluntad", "in Causa imprevisible", "in Causa inevitable",
                "out Corresponde nota", "out Nota creada", "out Nota de comportamiento", "out Motivo",
            },
            [typeof(SweepLapsedStatesActivity)] = new[]
            {
                "in Registros por página", "out Solicitudes en riesgo", "out Solicitudes vencidas", "out Notas mantenidas por falta de descargos",
                "out Solicitudes recalculadas por feriados", "out Solicitudes pendientes para el próximo barrido", "out Empresas cuya nota dejó de estar vigente", "out Empresas con nota vigente desde hoy", "out Tareas de revisión trimestral creadas", "out Registros con error",
            },
        };

        private static readonly Regex RuleId = new Regex(@"\b[CDSFNR]\d{1,2}\b");

        private static IEnumerable<Type> ShippedActivities() =>
            typeof(ProChileActivity).Assembly.GetTypes().Where(t => typeof(CodeActivity).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.Name);

        public static IEnumerable<object[]> Activities() => ShippedActivities().Select(t => new object[] { t });

        [TestMethod]
        public void EveryShippedActivityHasItsReviewedLabelsAndNoOtherActivityShips()
        {
            CollectionAssert.AreEquivalent(Labels.Keys.Select(t => t.Name).ToList(), ShippedActivities().Select(t => t.Name).ToList());
        }

        [TestMethod]
        [DynamicData(nameof(Activities))]
        public void TheActivityIsInTheProChileGroupWithASpanishNameAndItsRuleIds(Type activity)
        {
            var declaration = activity.GetCustomAttribute<WorkflowActivityAttribute>();

            Assert.IsNotNull(declaration, $"{activity.Name} has no [WorkflowActivity].");
            Assert.AreEqual("ProChile", declaration.Group);
            Assert.AreEqual(ActivityGroup.Name, declaration.Group);
            Assert.IsFalse(string.IsNullOrWhiteSpace(declaration.FriendlyName), activity.Name);
            Assert.AreNotEqual(activity.Name, declaration.FriendlyName);
            Assert.IsTrue(RuleId.IsMatch(declaration.Description), $"{activity.Name}: «{declaration.Description}» cites no rule id.");
        }

        [TestMethod]
        [DynamicData(nameof(Activities))]
        public void EveryInputAndOutputCarriesItsReviewedSpanishLabel(Type activity)
        {
            var labels = activity.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => typeof(Argument).IsAssignableFrom(p.PropertyType))
                .Select(p => LabelOf(activity, p))
                .ToArray();

            CollectionAssert.AreEqual(Labels[activity], labels);
        }

        [TestMethod]
        [DynamicData(nameof(Activities))]
        public void TheActivityIsSealedAndKeepsNoPerCallStateInFields(Type activity)
        {
            // Instances are shared between runs: only the compiler's backing fields of argument properties are allowed.
            var fields = activity.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !(typeof(Argument).IsAssignableFrom(f.FieldType) && f.Name.EndsWith(">k__BackingField", StringComparison.Ordinal)))
                .Select(f => f.Name)
                .ToList();

            Assert.IsTrue(activity.IsSealed, activity.Name);
            Assert.AreEqual(0, fields.Count, $"{activity.Name} holds fields: {string.Join(", ", fields)}");
        }

        [TestMethod]
        [DynamicData(nameof(Activities))]
        public void ToolsReadTheDeclarationByItsFullNameWithoutLoadingTheAssembly(Type activity)
        {
            // The solution packager opens the net462 build with MetadataLoadContext: it sees attribute data, not instances.
            var data = activity.GetCustomAttributesData()
                .Single(a => a.AttributeType.FullName == "ProChile.Crm.WorkflowActivities.Registration.WorkflowActivityAttribute");

            Assert.AreEqual(2, data.ConstructorArguments.Count);
            Assert.AreEqual(activity.GetCustomAttribute<WorkflowActivityAttribute>()!.FriendlyName, data.ConstructorArguments[0].Value);
            Assert.IsFalse(data.NamedArguments.Any(a => a.MemberName == nameof(WorkflowActivityAttribute.Group)), "the group is the default, ProChile, for every activity");
        }

        private static string LabelOf(Type activity, PropertyInfo property)
        {
            bool isInput = typeof(InArgument).IsAssignableFrom(property.PropertyType);
            var label = isInput
                ? (ParameterAttribute?)property.GetCustomAttribute<InputAttribute>()
                : property.GetCustomAttribute<OutputAttribute>();
            Assert.IsNotNull(label, $"{activity.Name}.{property.Name} has no [{(isInput ? "Input" : "Output")}] label.");
            Assert.AreNotEqual(property.Name, label.Name, $"{activity.Name}.{property.Name}: the label is the English property name.");
            return (isInput ? "in " : "out ") + label.Name;
        }
    }
}
