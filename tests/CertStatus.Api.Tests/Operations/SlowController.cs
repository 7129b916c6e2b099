using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// An action that takes as long as it is told to (or as long as it is allowed to), added to the
/// service only by tests of the service's own time limit and of its graceful shutdown.
/// </summary>
[ApiController]
[Route("test/slow")]
public sealed class SlowController : ControllerBase
{
    [HttpGet]
    public async Task<IActionResult> Get([FromQuery(Name = "seconds")] int seconds = 60, CancellationToken cancellationToken = default)
    {
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        return Ok(new { waited_seconds = seconds });
    }
}
