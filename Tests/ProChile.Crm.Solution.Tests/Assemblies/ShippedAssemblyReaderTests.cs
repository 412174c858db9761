using System.Linq;
using ProChile.Crm.Registration;
using ProChile.Crm.SolutionPackager.Assemblies;

namespace ProChile.Crm.Solution.Tests.Assemblies
{
    [TestClass]
    public sealed class ShippedAssemblyReaderTests
    {
        [TestMethod]
        public void FixtureAssembly_CustomApiDeclarationIsReadByNameFromTheBuiltAssembly()
        {
            var api = Repository.FixtureAssembly().CustomApis.Single();

            Assert.AreEqual("ProChile.Crm.Solution.Tests.Fixtures.FixtureCustomApiPlugin", api.PluginTypeFullName);
            Assert.AreEqual("pch_FixtureReprogramar", api.UniqueName);
            Assert.AreEqual(new ProChile.Crm.Registration.BilingualText("Reprogramar solicitud", "Reschedule request"), api.DisplayName);
            Assert.AreEqual(1, api.BindingType);
            Assert.AreEqual("pch_request", api.BoundEntityLogicalName);
            Assert.AreEqual(1, api.AllowedCustomProcessingStepType);
            Assert.AreEqual("prvWritepch_Setting", api.ExecutePrivilegeName);
            Assert.IsFalse(api.IsFunction);
            Assert.AreEqual("Dias 7 optional", string.Join(";", api.RequestParameters.Select(p => $"{p.UniqueName} {p.Type} {(p.IsOptional ? "optional" : "required")}")));
            Assert.AreEqual("Resultado 10", string.Join(";", api.ResponseProperties.Select(p => $"{p.UniqueName} {p.Type}")));
        }

        [TestMethod]
        public void ShippedPlugins_DeclareTheSixCustomApisOfIssue13()
        {
            var plugins = ProChile.Crm.SolutionPackager.Assemblies.ShippedAssemblyReader.Read(Repository.PluginsDll);

            CollectionAssert.AreEqual(
                new[] { "pch_BarrerPlazos", "pch_CalcularPlazo", "pch_ContarDiasHabiles", "pch_EsDiaHabil", "pch_RecalcularCategoria", "pch_SumarDiasHabiles" },
                plugins.CustomApis.Select(a => a.UniqueName).ToArray());
        }

        [TestMethod]
        public void FixtureAssembly_PluginTypesAreTheConcreteIPluginClasses()
        {
            var assembly = Repository.FixtureAssembly();

            CollectionAssert.AreEqual(
                new[]
                {
                    "ProChile.Crm.Solution.Tests.Fixtures.FixtureCustomApiPlugin",
                    "ProChile.Crm.Solution.Tests.Fixtures.FixtureDeadlinePlugin",
                    "ProChile.Crm.Solution.Tests.Fixtures.FixtureDerivedPlugin",
                    "ProChile.Crm.Solution.Tests.Fixtures.FixtureOptOutPlugin",
                },
                assembly.PluginTypes.ToArray());
        }

        [TestMethod]
        public void FixtureAssembly_ActivitiesAreTheConcreteCodeActivitySubclasses()
        {
            var assembly = Repository.FixtureAssembly();

            CollectionAssert.AreEqual(
                new[] { "ProChile.Crm.Solution.Tests.Fixtures.FixtureActivity", "ProChile.Crm.Solution.Tests.Fixtures.FixtureGroupedActivity" },
                assembly.ActivityTypes.ToArray());
        }

        [TestMethod]
        public void FixtureAssembly_ActivityRegistrationIsReadFromTheWorkflowActivityDeclarations()
        {
            var activities = Repository.FixtureAssembly().Activities;

            Assert.AreEqual(2, activities.Count);
            Assert.AreEqual(
                new ActivityDeclaration("ProChile.Crm.Solution.Tests.Fixtures.FixtureActivity", "Actividad de prueba", "D1: fixture activity", "ProChile Fixtures"),
                activities[0]);
            Assert.AreEqual(
                new ActivityDeclaration("ProChile.Crm.Solution.Tests.Fixtures.FixtureGroupedActivity", "Otra actividad de prueba", "C5: fixture activity with its own group", "ProChile Otros"),
                activities[1]);
        }

        [TestMethod]
        public void ShippedNet462Activities_ReadWithoutLoading_CarryTheirSpanishNamesInTheProChileGroup()
        {
            var assembly = ShippedAssemblyReader.Read(Repository.ActivitiesDll);

            CollectionAssert.AreEqual(
                new[]
                {
                    "ProChile.Crm.WorkflowActivities.BehaviourNotes.RegisterBehaviourNoteActivity",
                    "ProChile.Crm.WorkflowActivities.Calendar.AddBusinessDaysActivity",
                    "ProChile.Crm.WorkflowActivities.Calendar.CountBusinessDaysActivity",
                    "ProChile.Crm.WorkflowActivities.Calendar.IsBusinessDayActivity",
                    "ProChile.Crm.WorkflowActivities.Deadlines.ComputeDeadlineActivity",
                    "ProChile.Crm.WorkflowActivities.Portfolio.DemoteOnOptOutActivity",
                    "ProChile.Crm.WorkflowActivities.Portfolio.RecomputeCategoryActivity",
                    "ProChile.Crm.WorkflowActivities.Scheduled.SweepLapsedStatesActivity",
                },
                assembly.Activities.Select(a => a.ActivityTypeFullName).ToArray());
            var add = assembly.Activities.Single(a => a.ActivityTypeFullName == "ProChile.Crm.WorkflowActivities.Calendar.AddBusinessDaysActivity");
            Assert.AreEqual("Sumar días hábiles", add.FriendlyName);
            Assert.AreEqual("ProChile", add.Group);
            CollectionAssert.AreEqual(assembly.ActivityTypes.ToArray(), assembly.Activities.Select(a => a.ActivityTypeFullName).ToArray());
            Assert.IsTrue(assembly.Activities.All(a => a.Group == "ProChile"));
        }

        [TestMethod]
        public void ActivityWithoutDeclaration_IsRefusedWithTheClassAndTheFix()
        {
            var error = Assert.ThrowsExactly<System.InvalidOperationException>(
                () => ActivityDeclarationReader.ReadRequired(typeof(Fixtures.UndeclaredActivities.UndeclaredActivity)));

            StringAssert.Contains(error.Message, "ProChile.Crm.Solution.Tests.Fixtures.UndeclaredActivities+UndeclaredActivity");
            StringAssert.Contains(error.Message, "add [WorkflowActivity(");
        }

        [TestMethod]
        public void ActivityWithoutDeclaration_ReadsAsNoDeclaration()
        {
            Assert.IsNull(ActivityDeclarationReader.Read(typeof(Fixtures.UndeclaredActivities.UndeclaredActivity)));
        }

        [TestMethod]
        public void FixtureAssembly_StepsAreReadFromThePluginStepDeclarations()
        {
            var steps = Repository.FixtureAssembly().Steps.OrderBy(s => s.Name).ToList();

            Assert.AreEqual(3, steps.Count);
            var asyncUpdate = steps.Single(s => s.PluginTypeFullName.EndsWith("FixtureDeadlinePlugin", System.StringComparison.Ordinal) && s.Message == "Update");
            Assert.AreEqual("pch_request", asyncUpdate.PrimaryEntity);
            Assert.AreEqual(40, asyncUpdate.Stage);
            Assert.AreEqual(1, asyncUpdate.Mode);
            Assert.AreEqual(2, asyncUpdate.Rank);
            Assert.IsTrue(asyncUpdate.AsyncAutoDelete);
            CollectionAssert.AreEqual(new[] { "pch_answeredon" }, asyncUpdate.FilteringAttributes.ToArray());
            Assert.IsNull(asyncUpdate.PreImage);
            Assert.AreEqual(ImageDeclaration.Post, asyncUpdate.PostImage!.ImageType);
            CollectionAssert.AreEqual(new[] { "pch_due", "pch_answeredon" }, asyncUpdate.PostImage.Attributes.ToArray());
        }

        [TestMethod]
        public void ShippedNet462Plugins_ReadWithoutLoading_CarryTheProjectsStrongName()
        {
            var assembly = ShippedAssemblyReader.Read(Repository.PluginsDll);

            StringAssert.StartsWith(assembly.FullName, "ProChile.Crm.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=");
            Assert.IsFalse(assembly.FullName.EndsWith("PublicKeyToken=null", System.StringComparison.Ordinal));
            Assert.AreEqual("ProChileCrmPlugins", assembly.FolderStem);
        }
    }
}
