using System.Net;
using System.Net.Http.Json;
using CertStatus.Api.Tests.Support;
using CertStatus.Application.Common.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Serilog.Events;

namespace CertStatus.Api.Tests.Operations;

public sealed class ObservabilityTests
{
    private const string RequestLogTemplate = "HTTP {RequestMethod:l} {RoutePattern:l} responded {StatusCode} in {Elapsed:0.0000} ms";

    [Test]
    public async Task RequestLog_HasOneLinePerRequestWithTheRouteTemplateStatusAndTheProblemsTraceId()
    {
        using var api = OperationsApi.Start();

        using var response = await api.Client.GetAsync(new Uri(Routes.Status("nobody-here"), UriKind.Relative));
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);

        await api.WaitForRequestLogAsync("GET", Routes.Status("nobody-here"));
        var requestLogs = RequestLogs(api).Where(e => Scalar(e, "RequestPath") is "/api/v1/certification-statuses/nobody-here").ToList();
        Assert.That(requestLogs, Has.Count.EqualTo(1));
        var line = requestLogs[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Scalar(line, "RoutePattern"), Is.EqualTo("api/v1/certification-statuses/{mentorId}"));
            Assert.That(Scalar(line, "StatusCode"), Is.EqualTo(404));
            Assert.That(Scalar(line, "RequestMethod"), Is.EqualTo("GET"));
            Assert.That(line.TraceId?.ToHexString(), Is.EqualTo((string?)problem["traceId"]));
        }
    }

    [Test]
    public async Task RequestLog_LeavesOutHealthProbesAndTheOpenApiUi()
    {
        using var api = OperationsApi.Start();

        (await api.Client.GetAsync(new Uri("/health/live", UriKind.Relative))).Dispose();
        (await api.Client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative))).Dispose();
        (await api.Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative))).Dispose();

        // The last request's line: the two before it were answered (and their lines written, if any) before it was sent.
        await api.WaitForRequestLogAsync("GET", Routes.Statuses);
        var logged = RequestLogs(api).Where(e => e.Level >= LogEventLevel.Information).Select(e => Scalar(e, "RequestPath")).ToList();
        Assert.That(logged, Is.EqualTo(new[] { Routes.Statuses }));
    }

    [Test]
    public async Task RequestLog_NeverContainsTheRequestBody()
    {
        using var api = OperationsApi.Start();

        using var response = await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), new CertificationStatusBuilder().WithMentorId("mentor-secret-body").Build());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the body reached the handler");

        // Everything the request logs is written by the time its completion line is.
        await api.WaitForRequestLogAsync("POST", Routes.Statuses);
        var everything = string.Join('\n', api.LogEvents.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)
            + string.Join(' ', e.Properties.Select(p => p.Value.ToString()))));
        Assert.That(everything, Does.Not.Contain("mentor-secret-body"));
    }

    [Test]
    public async Task Metrics_CountCreatedCertificationsRenewalsAndValidationFailures()
    {
        using var api = OperationsApi.Start();
        var meterFactory = api.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var created = new MetricCollector<long>(meterFactory, CertStatusMetrics.MeterName, "certstatus.certifications.created");
        using var renewed = new MetricCollector<long>(meterFactory, CertStatusMetrics.MeterName, "certstatus.renewals.recorded");
        using var refused = new MetricCollector<long>(meterFactory, CertStatusMetrics.MeterName, "certstatus.validation.failures");

        (await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), new CertificationStatusBuilder().WithMentorId("mentor-counted").Build())).Dispose();
        (await api.Client.PostAsJsonAsync(new Uri(Routes.Renewals, UriKind.Relative), new RenewalBuilder("mentor-counted").Build())).Dispose();
        (await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), new { mentor_id = "bad id" })).Dispose();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.GetMeasurementSnapshot().EvaluateAsCounter(), Is.EqualTo(1));
            Assert.That(renewed.GetMeasurementSnapshot().EvaluateAsCounter(), Is.EqualTo(1));
            Assert.That(refused.GetMeasurementSnapshot().EvaluateAsCounter(), Is.EqualTo(1));
        }
    }

    private static IEnumerable<LogEvent> RequestLogs(OperationsApi api) =>
        api.LogEvents.Where(e => e.MessageTemplate.Text == RequestLogTemplate);

    private static object? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue scalar ? scalar.Value : null;
}
