using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Generation
{
    /// <summary>Component ids derived from names, stable across builds.</summary>
    [TestClass]
    public sealed class DeterministicGuidTests
    {
        [TestMethod]
        public void DeterministicGuid_IsStableAcrossBuilds()
        {
            // Changing this id would make an upgrade delete and re-create the component: never change the namespace.
            Assert.AreEqual(new Guid("e697fc8c-cfc3-5e63-95d9-71df5fe84037"), ComponentIds.View("pch_request", "solicitudes-en-riesgo"));
            Assert.AreEqual(0x50, ComponentIds.Role("x").ToByteArray(bigEndian: true)[6] & 0xF0, "version 5");
        }
    }
}
