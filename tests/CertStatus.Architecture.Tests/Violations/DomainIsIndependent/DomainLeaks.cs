using System.Text.Json.Serialization;
using CertStatus.Api.Contracts;
using CertStatus.Application.Common.Paging;
using CertStatus.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Architecture.Tests.Violations.DomainIsIndependent;

// Each type leaks one forbidden dependency, each in a different way (method body, property type,
// generic argument, attribute, parameter), so the rule is shown to look everywhere a leak can hide.

[Violates("CertStatus.Application")]
public sealed class PagesItself
{
    public static int FirstOffset() => ListPaging.OffsetOf(1, 20);
}

[Violates("CertStatus.Infrastructure")]
public sealed class KnowsItsDatabase(DatabaseSettings settings)
{
    public DatabaseSettings Settings { get; } = settings;
}

[Violates("CertStatus.Api")]
public sealed class RemembersRequests
{
    public IReadOnlyList<CreateCertificationStatusRequest> Requests { get; } = [];
}

[Violates("Microsoft.EntityFrameworkCore")]
[Index(nameof(Name))]
public sealed class IndexedEntity
{
    public string Name { get; private set; } = string.Empty;
}

[Violates("Microsoft.AspNetCore")]
public sealed class ReadsTheRequest
{
    public static string Path(HttpContext context) => context?.Request.Path.Value ?? string.Empty;
}

[Violates("System.Text.Json")]
public sealed class SerializedEntity
{
    [JsonPropertyName("name")]
    public string Name { get; private set; } = string.Empty;
}

/// <summary>The control: a domain type that depends on nothing but the BCL.</summary>
public sealed class CleanEntity
{
    public DateTimeOffset ExpiryDate { get; private set; }

    public void ChangeExpiry(DateTimeOffset expiryDate) => ExpiryDate = expiryDate;
}
