using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// An action that takes as long as it is allowed to, added to the service only by the time-limit
/// test, so that the service's own request time limit can be observed ending it.
/// </summary>
[ApiController]
[Route("test/slow")]
public sealed class SlowController : ControllerBase
{
    [HttpGet]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
        return Ok();
    }
}
