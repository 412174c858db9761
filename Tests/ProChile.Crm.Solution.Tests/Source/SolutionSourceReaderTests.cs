using System;
using System.IO;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.Solution.Tests.Source
{
    /// <summary>Bad source files are refused with the file, the element and what is accepted.</summary>
    [TestClass]
    public sealed class SolutionSourceReaderTests
    {
        [TestMethod]
        public void ColumnOfAnUnknownType_IsRefusedListingTheTypes()
        {
            var error = ReadWithTable("<Column Name=\"pch_x\" Type=\"Text\" es=\"X\" en=\"X\" />");

            StringAssert.Contains(error.Message, "Table.xml: <Column Name=\"pch_x\"> Type=\"Text\" is not accepted; use one of: String, Memo, Integer, Boolean, DateTime, Choice, Lookup.");
        }

        [TestMethod]
        public void ColumnWithoutTheEnglishLabel_IsRefusedNamingBothLanguages()
        {
            var error = ReadWithTable("<Column Name=\"pch_x\" Type=\"Boolean\" es=\"X\" />");

            StringAssert.Contains(error.Message, "<Column Name=\"pch_x\"> needs both labels, es (3082) and en (1033) (attributes es and en).");
        }

        [TestMethod]
        public void ColumnWithoutSchemaName_IsRefusedShowingWhatToWrite()
        {
            var error = ReadWithTable("<Column Name=\"pch_x\" Type=\"Boolean\" es=\"X\" en=\"X\" />");

            StringAssert.Contains(error.Message, "<Column Name=\"pch_x\"> necesita SchemaName");
        }

        [TestMethod]
        public void ColumnWhoseSchemaNameSpellsAnotherName_IsRefusedNamingBoth()
        {
            var error = ReadWithTable("<Column Name=\"pch_x\" SchemaName=\"pch_Y\" Type=\"Boolean\" es=\"X\" en=\"X\" />");

            StringAssert.Contains(error.Message, "<Column Name=\"pch_x\"> SchemaName=«pch_Y» no es el mismo nombre: debe escribir «pch_x» cambiando solo mayúsculas y minúsculas.");
        }

        [TestMethod]
        public void TextColumnWithoutMaxLength_IsRefused()
        {
            var error = ReadWithTable("<Column Name=\"pch_x\" Type=\"String\" es=\"X\" en=\"X\" />");

            StringAssert.Contains(error.Message, "<Column Name=\"pch_x\"> is String: give MaxLength.");
        }

        [TestMethod]
        public void MissingSourceFolder_IsRefusedSayingWhatItShouldHold()
        {
            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionSourceReader.Read(Path.Combine(Path.GetTempPath(), "no-such-src-" + Guid.NewGuid().ToString("N"))));

            StringAssert.Contains(error.Message, "the solution source folder does not exist; expected Solution/src with Solution.xml");
        }

        private static SolutionSourceException ReadWithTable(string column)
        {
            var root = Path.Combine(Path.GetTempPath(), "pch-src-" + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(Path.Combine(root, "Tables", "pch_x"));
                File.Copy(Path.Combine(Repository.SourceDirectory, "Solution.xml"), Path.Combine(root, "Solution.xml"));
                File.WriteAllText(Path.Combine(root, "Tables", "pch_x", "Table.xml"),
                    $"<Table Name=\"pch_x\" PrimaryName=\"pch_name\" es=\"X\" esPlural=\"X\" en=\"X\" enPlural=\"X\">{column}</Table>");
                return Assert.ThrowsExactly<SolutionSourceException>(() => SolutionSourceReader.Read(root));
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
