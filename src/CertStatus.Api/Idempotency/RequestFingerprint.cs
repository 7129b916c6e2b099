using System.Security.Cryptography;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace CertStatus.Api.Idempotency;

/// <summary>What makes two keyed requests the same request: the operation, the key, and the bytes of the body.</summary>
internal static class RequestFingerprint
{
    public static async Task<IdempotentRequest> OfAsync(ActionContext context, string key) =>
        new(ScopeOf(context.ActionDescriptor), key, await HashBodyAsync(context.HttpContext.Request));

    /// <summary>The operation, not the path: the literal contract alias shares its canonical route's keys.</summary>
    internal static string ScopeOf(ActionDescriptor action) => action is ControllerActionDescriptor controllerAction
        ? $"{controllerAction.ControllerName}.{controllerAction.ActionName}"
        : action.DisplayName ?? action.Id;

    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        // Buffered so that model binding reads the body again from the start.
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}
