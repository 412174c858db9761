using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Forms, views and charts name only columns their table has. Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class ColumnReferenceCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        [TestMethod]
        public void Columns_ViewConditionOnAMissingColumn_FailsNamingTheView()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<condition attribute=\"pch_notestatus\"", "<condition attribute=\"pch_status\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "view 'Notas en plazo de descargos'");
            Assert.AreEqual("the view's FetchXML names the column \"pch_status\", which table pch_behaviournote does not have.", problem.Message);
        }

        [TestMethod]
        public void Columns_FormFieldOnAMissingColumn_FailsNamingTheForm()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("datafieldname=\"pch_skippeddays\"", "datafieldname=\"pch_skipped\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "form 'Solicitud'");
        }

        [TestMethod]
        public void Columns_ChartGroupingOnAMissingColumn_FailsNamingTheChart()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("alias=\"oficina\" name=\"pch_office\"", "alias=\"oficina\" name=\"pch_oficina\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "chart 'Cumplimiento de plazos por oficina'");
        }

        [TestMethod]
        public void Columns_TimerCountingToAColumnTheTableLacks_FailsNamingTheColumn()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<FailureTimeField>pch_due</FailureTimeField>", "<FailureTimeField>pch_dueon</FailureTimeField>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            Assert.AreEqual("the form's timer control names the column \"pch_dueon\", which table pch_request does not have.", problem.Message);
        }
    }
}
