using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CertStatus.Application;
using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.GetCertification;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Common.Validation;
using CertStatus.Domain.Certifications;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Benchmarks;

/// <summary>
/// What the service spends per request besides HTTP and the database: the mediator with the same
/// pipeline as the Api, the mapping, and System.Text.Json with snake_case names.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private ServiceProvider _services = null!;
    private Certification _certification = null!;
    private CertificationResponse _status = null!;
    private ListCertificationsResponse _page = null!;
    private GetCertificationQuery _query = null!;

    [GlobalSetup]
    public void Setup()
    {
        _certification = Certification.Issue("mentor-042", "peer_mentor_standard", Now.AddYears(-1), Now.AddYears(1), Now);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(MetricsBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(ConcurrencyRetryBehavior<,>),
            ];
        });
        services.AddApplication();
        services.Configure<CertificationTypeOptions>(_ => { });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICertificationReadStore>(new OneCertificationReadStore(new CertificationReadModel(
            _certification.MentorId,
            _certification.CertificationType,
            _certification.IssueDate,
            _certification.ExpiryDate,
            _certification.LastRenewalDate,
            _certification.UpdatedReason,
            _certification.CreatedAt,
            _certification.UpdatedAt,
            _certification.Version)));
        _services = services.BuildServiceProvider();
        _query = new GetCertificationQuery("mentor-042");
        _status = _certification.ToResponse(Now);
        var items = Enumerable.Range(1, 20)
            .Select(i => Certification.Issue($"mentor-{i:D3}", "peer_mentor_advanced", Now.AddYears(-1), Now.AddDays(i), Now).ToResponse(Now))
            .ToList();
        _page = new ListCertificationsResponse(items, new Pagination(1, 20, 1_000_000));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>A request scope, the mediator and its whole pipeline (validation included) for GET one.</summary>
    [Benchmark]
    public async Task<CertificationResponse> SendGetCertification()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(_query);
    }

    [Benchmark]
    public CertificationResponse MapStatus() => _certification.ToResponse(Now);

    [Benchmark]
    public byte[] SerializeStatus() => JsonSerializer.SerializeToUtf8Bytes(_status, Json);

    [Benchmark]
    public byte[] SerializePageOf20() => JsonSerializer.SerializeToUtf8Bytes(_page, Json);
}
