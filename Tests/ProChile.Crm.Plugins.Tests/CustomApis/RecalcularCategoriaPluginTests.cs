using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.CustomApis;

namespace ProChile.Crm.Plugins.Tests.CustomApis
{
    /// <summary>pch_RecalcularCategoria, bound to account, called as a flow's "Perform a bound action" calls it.</summary>
    [TestClass]
    public sealed class RecalcularCategoriaPluginTests : PipelineTest
    {
        private OrganizationResponse Recompute(Guid account) =>
            Service.Execute(new OrganizationRequest(CustomApiNames.RecalcularCategoria) { ["Target"] = new EntityReference(Account.EntityLogicalName, account) });

        [TestMethod]
        public void C4_WhenAnActionAgesOutOfTheWindowCategory2Becomes3_WithOneHistoryRow_AndASecondCallChangesNothing()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 4, 1)));
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(Stored(Account.EntityLogicalName, id), Account.Category));
            int historyBefore = Org.InspectAll(CategoryHistory.EntityLogicalName).Count;
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 4, 15, 15, 0, 0, DateTimeKind.Utc));

            var first = Recompute(id);
            var second = Recompute(id);

            Assert.AreEqual(CustomApiNames.RecalcularCategoria, first.ResponseName);
            Assert.AreEqual(3, first[RecalcularCategoriaPlugin.Category]);
            Assert.AreEqual(true, first[RecalcularCategoriaPlugin.Changed]);
            StringAssert.StartsWith((string)first[RecalcularCategoriaPlugin.Reason], "Categoría 3: Trabajo Esporádico: 1 acción que suma");
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(Stored(Account.EntityLogicalName, id), Account.Category));
            Assert.AreEqual(historyBefore + 1, Org.InspectAll(CategoryHistory.EntityLogicalName).Count);
            Assert.AreEqual(false, second[RecalcularCategoriaPlugin.Changed]);
        }

        [TestMethod]
        public void C3_ACompanyOutsideThePortfolioHasNoCategory()
        {
            var account = PortfolioAccount();
            account.Attributes.Remove(Account.Region);
            var id = Service.Create(account);

            var response = Recompute(id);

            Assert.AreEqual(0, response[RecalcularCategoriaPlugin.Category]);
            Assert.AreEqual("C3: la empresa no está en cartera; la categoría (C4) solo se asigna a empresas de cartera.", response[RecalcularCategoriaPlugin.Reason]);
        }

        [TestMethod]
        public void TheBoundTargetMustBeAnExistingAccount()
        {
            var fault = Refused(() => Service.Execute(new OrganizationRequest(CustomApiNames.RecalcularCategoria)
            {
                ["Target"] = new EntityReference(Request.EntityLogicalName, Guid.NewGuid()),
            }));

            StringAssert.Contains(fault.Detail.Message, "must be a account");
        }
    }
}
