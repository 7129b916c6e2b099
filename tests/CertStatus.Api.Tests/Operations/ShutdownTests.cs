using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CertStatus.Api.Tests.Operations;

public sealed class ShutdownTests
{
    [Test]
    public async Task Shutdown_LetsARequestInFlightFinish()
    {
        using var api = OperationsApi.Start(slowEndpoint: true);
        var inFlight = api.Client.GetAsync(new Uri("/test/slow?seconds=2", UriKind.Relative));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        api.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        using var response = await inFlight;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
