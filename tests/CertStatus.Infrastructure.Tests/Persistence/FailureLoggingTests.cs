using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// EF Core logs a failed command at Error as it happens, before anyone knows whether it was a lost
/// race (a 409) or a fault. Configured as the service configures it (<c>AddInfrastructure</c>), it
/// keeps those logs at Debug: the failure reaches the service as an exception, which decides.
/// </summary>
public sealed class FailureLoggingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-logging-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging())
            .AddSingleton(TimeProvider.System)
            .AddInfrastructure(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_path};Pooling=False", MigrateOnStartup: true))
            .BuildServiceProvider();
        await _services.MigrateCertStatusDatabaseAsync();
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_path);
    }

    [Test]
    public async Task Commit_LosingAUniqueRace_ThrowsTheApplicationsViolation_AndLogsNothingAtWarningOrAbove()
    {
        await using var winner = _services.CreateAsyncScope();
        await using var loser = _services.CreateAsyncScope();
        Add(winner, "mentor-1");
        Add(loser, "mentor-1");
        await winner.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);
        var logs = _services.GetFakeLogCollector();
        logs.Clear();

        Assert.ThrowsAsync<UniqueConstraintViolationException>(() => loser.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None));

        var records = logs.GetSnapshot();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.Where(record => record.Level >= LogLevel.Warning).Select(record => $"{record.Category}: {record.Message}"), Is.Empty);
            Assert.That(
                records.Where(record => record.Id.Id == RelationalEventId.CommandError.Id).Select(record => record.Level),
                Is.EqualTo(new[] { LogLevel.Debug }),
                "the failed command is still there for whoever turns EF Core's Debug on");
        }
    }

    private static void Add(AsyncServiceScope scope, string mentorId) =>
        scope.ServiceProvider.GetRequiredService<ICertificationRepository>()
            .Add(Certification.Issue(mentorId, "peer_mentor_standard", Now.AddYears(-1), Now.AddYears(1), Now));
}
