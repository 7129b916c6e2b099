using CertStatus.Application.Certifications.GetCertification;
using CertStatus.Application.Common.Persistence;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Architecture.Tests.Violations.ControllersTakeOnlySender;

[Violates("takes the unit of work beside the sender")]
public sealed class AlsoTakesUnitOfWorkController(ISender sender, IUnitOfWork unitOfWork) : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Get(string mentorId, CancellationToken cancellationToken)
    {
        var found = await sender.Send(new GetCertificationQuery(mentorId), cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return Ok(found);
    }
}

[Violates("takes the whole mediator, which can also publish")]
public sealed class TakesMediatorController(IMediator mediator) : ControllerBase
{
    [HttpGet("{mentorId}")]
    public async Task<IActionResult> Get(string mentorId, CancellationToken cancellationToken) =>
        Ok(await mediator.Send(new GetCertificationQuery(mentorId), cancellationToken));
}

/// <summary>The control: a controller that takes only the sender.</summary>
public sealed class SendsController(ISender sender) : ControllerBase
{
    [HttpGet("{mentorId}")]
    public async Task<IActionResult> Get(string mentorId, CancellationToken cancellationToken) =>
        Ok(await sender.Send(new GetCertificationQuery(mentorId), cancellationToken));
}
