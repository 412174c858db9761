using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Each check passes the packed source and fails, naming the problem and the fix, on one broken input.</summary>
    [TestClass]
    public sealed class SolutionCheckerTests
    {
        private static SolutionPackage _good = null!;

        [ClassInitialize]
        public static void PackOnce(TestContext context) => _good = Repository.PackWithFixtures();

        [TestMethod]
        public void PackedSourceWithFixturePlugins_HasNoProblem()
        {
            var problems = _good.Check();

            Assert.AreEqual(0, problems.Count, problems.Describe());
        }

        [TestMethod]
        public void Schema_ElementTheNinePointZeroSchemaDoesNotKnow_FailsNamingTheLineAndTheTable()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("<EntitySetName>pch_actions</EntitySetName>", "<EntitySetName>pch_actions</EntitySetName><IsRetrieveAuditEnabled>1</IsRetrieveAuditEnabled>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Schema, problem.Code);
            Assert.AreEqual("table pch_action", problem.Component!.Display);
            StringAssert.Contains(problem.Message, "IsRetrieveAuditEnabled");
            StringAssert.Contains(problem.Message, "line ");
        }

        [TestMethod]
        public void Schema_TopLevelElementsOutOfSequenceOrder_Fail()
        {
            // optionsets must follow EntityRelationships (the root is an xs:sequence).
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("<Entities>", "<optionsets /><Entities>"));

            var problems = broken.Check();

            Assert.IsTrue(problems.Any(p => p.Code == ProblemCodes.Schema), problems.Describe());
        }

        [TestMethod]
        public void RootComponents_TableMissing_FailsNamingTheTableAndTheRootComponentToAdd()
        {
            var broken = _good.WithPart(SolutionPackage.SolutionPart, x => x.ReplaceFirst("<RootComponent type=\"1\" schemaName=\"pch_holiday\" behavior=\"0\" />", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.RootComponent, problem.Code);
            Assert.AreEqual("table pch_holiday", problem.Component!.Display);
            StringAssert.Contains(problem.Fix, "<RootComponent type=\"1\" schemaName=\"pch_holiday\" behavior=\"0\" />");
        }

        [TestMethod]
        public void RootComponents_StepMissing_FailsNamingTheStep()
        {
            var solution = System.Text.Encoding.UTF8.GetString(_good.Parts[SolutionPackage.SolutionPart]);
            var stepRoot = solution.Split('\n').First(l => l.Contains("type=\"92\"", System.StringComparison.Ordinal));
            var broken = _good.WithPart(SolutionPackage.SolutionPart, x => x.ReplaceFirst(stepRoot, string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.RootComponent, problem.Code);
            Assert.AreEqual("step", problem.Component!.Kind);
        }

        [TestMethod]
        public void Prefix_ColumnWithoutThePublisherPrefix_FailsNamingTheRename()
        {
            var broken = _good.WithCustomizations(x => x
                .Replace("PhysicalName=\"pch_strategicsector\"", "PhysicalName=\"strategicsector\"")
                .Replace("<Name>pch_strategicsector</Name>", "<Name>strategicsector</Name>")
                .Replace("<LogicalName>pch_strategicsector</LogicalName>", "<LogicalName>strategicsector</LogicalName>")
                .Replace("datafieldname=\"pch_strategicsector\"", "datafieldname=\"strategicsector\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Prefix, problem.Code);
            Assert.AreEqual("table account, column strategicsector", problem.Component!.Display);
            StringAssert.Contains(problem.Fix, "rename it to \"pch_strategicsector\"");
        }

        [TestMethod]
        public void Prefix_GlobalChoiceWithoutThePrefix_Fails()
        {
            var broken = _good
                .WithCustomizations(x => x.Replace("pch_holidayscope", "holidayscope"))
                .WithPart(SolutionPackage.SolutionPart, x => x.Replace("pch_holidayscope", "holidayscope"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Prefix, problem.Code);
            StringAssert.Contains(problem.Message, "the choice name \"holidayscope\" lacks the publisher prefix \"pch_\"");
        }

        [TestMethod]
        public void OptionValue_OutsideThePublishersRange_FailsNamingTheRange()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("<option value=\"168700003\">", "<option value=\"100000003\">"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.OptionValue, problem.Code);
            Assert.AreEqual("choice pch_category has the value 100000003, outside the publisher's range 168700000..168709999.", problem.Message);
        }

        [TestMethod]
        public void OptionValue_YesNoValuesZeroAndOne_AreNotInTheRangeRule()
        {
            var booleans = System.Text.Encoding.UTF8.GetString(_good.Parts[SolutionPackage.CustomizationsPart]);

            StringAssert.Contains(booleans, "<OptionSetType>bit</OptionSetType>");
            Assert.IsFalse(_good.Check().Any(p => p.Code == ProblemCodes.OptionValue));
        }

        [TestMethod]
        public void Step_PluginTypeNotInTheAssembly_FailsNamingTheTypesThatAre()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst(
                "<PluginTypeName>ProChile.Crm.Solution.Tests.Fixtures.FixtureOptOutPlugin,",
                "<PluginTypeName>ProChile.Crm.Solution.Tests.Fixtures.RenamedPlugin,"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Step, problem.Code);
            StringAssert.Contains(problem.Message, "its plugin type ProChile.Crm.Solution.Tests.Fixtures.RenamedPlugin is not in assembly ProChile.Crm.Solution.Tests");
            StringAssert.Contains(problem.Message, "ProChile.Crm.Solution.Tests.Fixtures.FixtureOptOutPlugin");
        }

        [TestMethod]
        public void Step_FilteringColumnTheTableLacks_FailsNamingColumnAndTable()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("<FilteringAttributes>pch_followupoptout,pch_category</FilteringAttributes>", "<FilteringAttributes>pch_followupoptout,pch_categry</FilteringAttributes>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Step, problem.Code);
            Assert.AreEqual("its filtering column \"pch_categry\" does not exist on table account.", problem.Message);
        }

        [TestMethod]
        public void Step_ImageColumnTheTableLacks_FailsNamingImageAndColumn()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("<Attributes>pch_due,pch_answeredon</Attributes>", "<Attributes>pch_due,pch_answered</Attributes>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Step, problem.Code);
            Assert.AreEqual("its image PostImage names the column \"pch_answered\", which table pch_request does not have.", problem.Message);
        }

        [TestMethod]
        public void Step_PostImageBeforeTheOperation_Fails()
        {
            // The first stage-40 step is the fixture's asynchronous Update with a post-image.
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("<Stage>40</Stage>", "<Stage>20</Stage>"));

            var problems = broken.Check();

            Assert.IsTrue(problems.Any(p => p.Code == ProblemCodes.Step && p.Message.Contains("post-image in stage 20", System.StringComparison.Ordinal)), problems.Describe());
        }

        [TestMethod]
        public void Columns_ViewConditionOnAMissingColumn_FailsNamingTheView()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("<condition attribute=\"pch_notestatus\"", "<condition attribute=\"pch_status\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "view 'Notas en plazo de descargos'");
            Assert.AreEqual("the view's FetchXML names the column \"pch_status\", which table pch_behaviournote does not have.", problem.Message);
        }

        [TestMethod]
        public void Columns_FormFieldOnAMissingColumn_FailsNamingTheForm()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("datafieldname=\"pch_skippeddays\"", "datafieldname=\"pch_skipped\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "form 'Solicitud'");
        }

        [TestMethod]
        public void Columns_ChartGroupingOnAMissingColumn_FailsNamingTheChart()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("alias=\"oficina\" name=\"pch_office\"", "alias=\"oficina\" name=\"pch_oficina\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "chart 'Cumplimiento de plazos por oficina'");
        }

        [TestMethod]
        public void References_ChoiceColumnOnAMissingGlobalChoice_Fails()
        {
            var broken = _good.WithCustomizations(x => x.ReplaceFirst("<OptionSetName>pch_urgency</OptionSetName>", "<OptionSetName>pch_urgencia</OptionSetName>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.Reference, problem.Code);
            StringAssert.Contains(problem.Message, "\"pch_urgencia\", which the solution does not contain (import error 0x80048039)");
        }

        [TestMethod]
        public void Layout_ZipWithoutContentTypes_FailsBeforeAnyOtherCheck()
        {
            var parts = _good.Parts.Where(p => p.Key != SolutionPackage.ContentTypesPart).ToDictionary(p => p.Key, p => p.Value);

            var problem = new SolutionPackage(parts).Check().Single();

            Assert.AreEqual(ProblemCodes.Layout, problem.Code);
            StringAssert.Contains(problem.Message, "[Content_Types].xml");
        }
    }
}
