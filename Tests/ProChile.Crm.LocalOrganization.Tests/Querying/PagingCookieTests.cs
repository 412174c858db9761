using System;
using ProChile.Crm.LocalOrganization.Querying;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    [TestClass]
    public sealed class PagingCookieTests
    {
        private static readonly PagingCookie Cookie = new PagingCookie(
            3,
            new Guid("0a1b2c3d-0000-0000-0000-00000000000a"),
            new Guid("0a1b2c3d-0000-0000-0000-0000000000ff"));

        [TestMethod]
        public void APlainLogicalNameIsWrittenAsDataverseWritesTheCookie()
        {
            Assert.AreEqual(
                "<cookie page=\"3\"><prochile_accionid last=\"{0A1B2C3D-0000-0000-0000-0000000000FF}\" first=\"{0A1B2C3D-0000-0000-0000-00000000000A}\" /></cookie>",
                Cookie.Format("prochile_accionid"));
        }

        [TestMethod]
        public void AWrittenCookieReadsBackToTheSamePageAndIds()
        {
            Assert.AreEqual(Cookie, PagingCookie.TryParse(Cookie.Format("accountid")));
        }

        [TestMethod]
        public void ANameWithAHyphenGoesThroughXmlAndGivesTheSameShape()
        {
            Assert.AreEqual(
                "<cookie page=\"3\"><cuenta-id last=\"{0A1B2C3D-0000-0000-0000-0000000000FF}\" first=\"{0A1B2C3D-0000-0000-0000-00000000000A}\" /></cookie>",
                Cookie.Format("cuenta-id"));
        }
    }
}
