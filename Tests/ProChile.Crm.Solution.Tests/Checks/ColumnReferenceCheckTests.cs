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
            StringAssert.StartsWith(problem.Component!.Display, "vista 'Notas en plazo de descargos'");
            Assert.AreEqual("el FetchXML de la vista nombra la columna «pch_status», que la tabla «pch_behaviournote» no tiene.", problem.Message);
        }

        [TestMethod]
        public void Columns_FormFieldOnAMissingColumn_FailsNamingTheForm()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("datafieldname=\"pch_skippeddays\"", "datafieldname=\"pch_skipped\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "formulario 'Solicitud'");
        }

        [TestMethod]
        public void Columns_ChartGroupingOnAMissingColumn_FailsNamingTheChart()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("alias=\"oficina\" name=\"pch_office\"", "alias=\"oficina\" name=\"pch_oficina\""));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            StringAssert.StartsWith(problem.Component!.Display, "gráfico 'Cumplimiento de plazos por oficina'");
        }

        [TestMethod]
        public void Columns_TimerCountingToAColumnTheTableLacks_FailsNamingTheColumn()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<FailureTimeField>pch_due</FailureTimeField>", "<FailureTimeField>pch_dueon</FailureTimeField>"));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
            Assert.AreEqual("el control de temporizador del formulario nombra la columna «pch_dueon», que la tabla «pch_request» no tiene.", problem.Message);
        }
    }
}
