using CertStatus.Api.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Architecture.Tests.Violations.InfrastructureKnowsNoApi;

[Violates("CertStatus.Api")]
public sealed class StoresRequests
{
    public static string? Key(CreateCertificationStatusRequest request) => request?.MentorId;
}

[Violates("Microsoft.AspNetCore")]
public sealed class AuditsTheCaller(IHttpContextAccessor accessor)
{
    public string? Caller() => accessor.HttpContext?.User.Identity?.Name;
}

/// <summary>The control: EF Core is what this layer is for.</summary>
public sealed class SavesChanges(DbContext dbContext)
{
    public Task<int> SaveAsync(CancellationToken cancellationToken) => dbContext.SaveChangesAsync(cancellationToken);
}

[Violates("Microsoft.Extensions.Configuration")]
public sealed class ReadsTheConnectionStringByKey(Microsoft.Extensions.Configuration.IConfiguration configuration)
{
    public string? ConnectionString() => configuration["ConnectionStrings:CertStatus"];
}
