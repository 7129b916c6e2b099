using System.Text;
using CertStatus.Api.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;

namespace CertStatus.Api.Tests.Idempotency;

/// <summary>Two keyed requests are the same request only for the same operation, key and body bytes.</summary>
public sealed class RequestFingerprintTests
{
    [Test]
    public void ScopeOf_AControllerAction_IsControllerDotAction_WhateverItsRoute() =>
        Assert.That(
            RequestFingerprint.ScopeOf(new ControllerActionDescriptor { ControllerName = "CertificationStatuses", ActionName = "Create" }),
            Is.EqualTo("CertificationStatuses.Create"));

    [Test]
    public void ScopeOf_AnotherKindOfAction_IsItsDisplayName() =>
        Assert.That(RequestFingerprint.ScopeOf(new ActionDescriptor { DisplayName = "Health" }), Is.EqualTo("Health"));

    [Test]
    public async Task OfAsync_HashesTheBodyBytes_AndLeavesTheBodyAtItsStart()
    {
        var context = Context("""{"mentor_id":"mentor-001"}""");

        var request = await RequestFingerprint.OfAsync(context, "key-1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Scope, Is.EqualTo("CertificationRenewals.Create"));
            Assert.That(request.Key, Is.EqualTo("key-1"));
            Assert.That(request.RequestHash, Is.EqualTo("564e8e1ab9e7405a0d42c3c9fbc787244eda265c4b92ca7c28a91acdb7b8b799"));
            Assert.That(context.HttpContext.Request.Body.Position, Is.Zero);
        }
    }

    [Test]
    public async Task OfAsync_OfBodiesThatDifferOnlyInWhiteSpace_DiffersInTheHash()
    {
        var compact = await RequestFingerprint.OfAsync(Context("""{"mentor_id":"mentor-001"}"""), "key-1");
        var spaced = await RequestFingerprint.OfAsync(Context("""{ "mentor_id": "mentor-001" }"""), "key-1");

        Assert.That(spaced.RequestHash, Is.Not.EqualTo(compact.RequestHash));
    }

    private static ActionContext Context(string body)
    {
        var httpContext = new DefaultHttpContext();
        httpContext.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var action = new ControllerActionDescriptor { ControllerName = "CertificationRenewals", ActionName = "Create" };
        return new ActionContext(httpContext, new RouteData(), action);
    }
}
