using CertStatus.Infrastructure.Persistence;
using CertStatus.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Client.Tests.Support;

/// <summary>
/// The base of the fixtures that talk to the service: the service in-process with an empty
/// database and a clock pinned to <see cref="PinnedNow"/> at the start of every test, and the two
/// typed clients resolved from a container wired the way a consumer wires it.
/// </summary>
public abstract class ServiceFixture
{
    /// <summary>The moment every test starts at; tests move the clock with <see cref="Clock"/>.</summary>
    public static readonly DateTimeOffset PinnedNow = TestService.PinnedNow;

    private TestService? _service;
    private ServiceProvider? _services;

    protected FakeTimeProvider Clock { get; } = new(PinnedNow);

    protected CertStatusApiFactory Factory => _service?.Factory ?? throw new InvalidOperationException("The service has not started.");

    protected ICertificationStatusesClient Statuses => Services.GetRequiredService<ICertificationStatusesClient>();

    protected ICertificationRenewalsClient Renewals => Services.GetRequiredService<ICertificationRenewalsClient>();

    protected IChangesClient Changes => Services.GetRequiredService<IChangesClient>();

    private ServiceProvider Services => _services ?? throw new InvalidOperationException("The service has not started.");

    [OneTimeSetUp]
    public async Task StartServiceAsync()
    {
        _service = await TestService.StartAsync(DatabaseProvider.Sqlite, Clock, onKestrel: false);
        var server = _service.Factory.Server;

        var services = new ServiceCollection();
        services.AddCertStatusClient(server.BaseAddress);

        // The only test-specific line: the typed clients reach the in-process TestServer.
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => server.CreateHandler()));
        _services = services.BuildServiceProvider();
    }

    [OneTimeTearDown]
    public async Task StopServiceAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    [SetUp]
    public async Task ResetAsync()
    {
        Clock.AdjustTime(PinnedNow);
        await Factory.DeleteAllDataAsync();
    }

    /// <summary>A create request with valid defaults: issued a year before <see cref="PinnedNow"/>, expiring a year after it.</summary>
    protected static CreateCertificationStatusRequest NewStatus(
        string mentorId,
        DateTimeOffset? expiry = null,
        string certificationType = "peer_mentor_standard")
    {
        var expiryDate = expiry ?? PinnedNow.AddYears(1);
        return new CreateCertificationStatusRequest
        {
            MentorId = mentorId,
            CertificationType = certificationType,
            IssueDate = expiryDate.AddYears(-2),
            ExpiryDate = expiryDate,
        };
    }

    /// <summary>Creates a status through the client and returns what it answered.</summary>
    protected async Task<CertStatusResponse<CertificationResponse>> CreateStatusAsync(
        string mentorId,
        DateTimeOffset? expiry = null,
        string certificationType = "peer_mentor_standard") =>
        await Statuses.CreateAsync(NewStatus(mentorId, expiry, certificationType));

    /// <summary>Records a renewal of the mentor's certification to the given expiry.</summary>
    protected async Task<CertStatusResponse<RenewalResponse>> RenewAsync(
        string mentorId,
        DateTimeOffset newExpiry,
        DateTimeOffset? renewalDate = null,
        string processedBy = "admin-001",
        string? notes = null) =>
        await Renewals.CreateAsync(new RecordRenewalRequest
        {
            MentorId = mentorId,
            RenewalDate = renewalDate ?? PinnedNow,
            NewExpiryDate = newExpiry,
            ProcessedBy = processedBy,
            Notes = notes,
        });
}
