using CertStatus.Application.Certifications.GetCertification;
using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Architecture.Tests.Violations.ControllersOnlySend;

[Violates("Microsoft.EntityFrameworkCore")]
public sealed class QueriesTheDbContextController(DbContext dbContext) : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Save(CancellationToken cancellationToken) => Ok(await dbContext.SaveChangesAsync(cancellationToken));
}

[Violates("CertStatus.Infrastructure")]
public sealed class ReadsSettingsController(DatabaseSettings settings) : ControllerBase
{
    [HttpGet]
    public IActionResult Provider() => Ok(settings.ConnectionString);
}

/// <summary>The dependency sits only in the async method's compiler-generated state machine.</summary>
[Violates("CertStatus.Application.Common.Persistence")]
public sealed class CommitsItselfController(IUnitOfWork unitOfWork) : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Commit(CancellationToken cancellationToken)
    {
        await unitOfWork.CommitAsync(cancellationToken);
        return NoContent();
    }
}

[Violates("CertStatus.Domain")]
public sealed class IssuesItselfController : ControllerBase
{
    [HttpPost]
    public IActionResult Issue(string mentorId, DateTimeOffset issueDate, DateTimeOffset expiryDate) =>
        Ok(Certification.Issue(mentorId, "peer_mentor_standard", issueDate, expiryDate, issueDate).MentorId);
}

/// <summary>The control: a controller that only sends.</summary>
public sealed class SendsController(ISender sender) : ControllerBase
{
    [HttpGet("{mentorId}")]
    public async Task<IActionResult> Get(string mentorId, CancellationToken cancellationToken) =>
        Ok(await sender.Send(new GetCertificationQuery(mentorId), cancellationToken));
}
