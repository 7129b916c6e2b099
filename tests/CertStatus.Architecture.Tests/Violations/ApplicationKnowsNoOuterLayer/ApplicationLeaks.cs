using CertStatus.Api.Contracts;
using CertStatus.Application.Common.Persistence;
using CertStatus.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Architecture.Tests.Violations.ApplicationKnowsNoOuterLayer;

[Violates("CertStatus.Infrastructure")]
public sealed class ChoosesTheProvider(DatabaseSettings settings)
{
    public bool IsSqlite() => settings.ConnectionString.StartsWith("Data Source", StringComparison.Ordinal);
}

[Violates("CertStatus.Api")]
public sealed class TakesTheHttpBody
{
    public static string? MentorOf(CreateCertificationStatusRequest request) => request?.MentorId;
}

/// <summary>The dependency sits only in the async method's compiler-generated state machine.</summary>
[Violates("Microsoft.EntityFrameworkCore")]
public sealed class SavesThroughDbContext(DbContext dbContext)
{
    public async Task SaveAsync(CancellationToken cancellationToken) => await dbContext.SaveChangesAsync(cancellationToken);
}

[Violates("Microsoft.AspNetCore")]
public sealed class ReadsTheCaller(IHttpContextAccessor accessor)
{
    public string? Caller() => accessor.HttpContext?.User.Identity?.Name;
}

/// <summary>The control: a handler-shaped class that uses only the application's own ports.</summary>
public sealed class CommitsThroughItsPorts(ICertificationRepository certifications, IUnitOfWork unitOfWork)
{
    public async Task RemoveAsync(string mentorId, CancellationToken cancellationToken)
    {
        if (await certifications.FindAsync(mentorId, cancellationToken) is { } certification)
        {
            certifications.Remove(certification);
            await unitOfWork.CommitAsync(cancellationToken);
        }
    }
}

[Violates("Microsoft.Extensions.Configuration")]
public sealed class ReadsAKeyOfTheConfiguration(Microsoft.Extensions.Configuration.IConfiguration configuration)
{
    public string? CursorKey() => configuration["Paging:CursorSigningKey"];
}
