using CertStatus.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>A database that cannot serve is logged when that starts and when it ends, never per request in between.</summary>
public sealed class DatabaseAvailabilityTests
{
    private static readonly string[] Pending = ["20261130040948_InitialCreate", "20261130042055_AddRenewals"];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<DatabaseAvailability> _logger = new();
    private DatabaseAvailability _availability = null!;

    [SetUp]
    public void Start()
    {
        _logger.Collector.Clear();
        _availability = new DatabaseAvailability(_logger, _clock);
    }

    [Test]
    public void Unreachable_ReportedByManyRequests_LogsOneWarningWithTheCause_AndOneInformationWhenACommandIsAnswered()
    {
        for (var request = 0; request < 5; request++)
        {
            _availability.ReportUnreachable("SQL Server error 53: The server was not found or was not accessible.");
        }

        _clock.Advance(TimeSpan.FromSeconds(42));
        _availability.ReportReachable();
        _availability.ReportReachable();

        var logged = _logger.Collector.GetSnapshot();
        Assert.That(logged.Select(record => (record.Level, record.Message)), Is.EqualTo(new[]
        {
            (LogLevel.Warning, "Database unavailable, answering 503 until it answers again: SQL Server error 53: The server was not found or was not accessible."),
            (LogLevel.Information, "Database available again after 42.0 s"),
        }));
        Assert.That(logged.Select(record => record.Exception), Is.All.Null, "no stack traces");
        Assert.That(_availability.Current, Is.Null);
    }

    [Test]
    public void NotMigrated_LogsTheMissingMigrationsOnce_AndEndsOnlyWhenTheyAreApplied()
    {
        _availability.ReportNotMigrated(Pending);
        _availability.ReportNotMigrated(Pending);

        // Commands get answers from a database without the schema too.
        _availability.ReportReachable();
        Assert.That(_availability.Current, Is.EqualTo(DatabaseUnavailability.NotMigrated));

        _clock.Advance(TimeSpan.FromMinutes(2));
        _availability.ReportAvailable();

        var logged = _logger.Collector.GetSnapshot();
        Assert.That(logged.Select(record => (record.Level, record.Message)), Is.EqualTo(new[]
        {
            (LogLevel.Warning, "Database not migrated, answering 503 until its 2 pending migration(s) are applied: 20261130040948_InitialCreate, 20261130042055_AddRenewals"),
            (LogLevel.Information, "Database migrated, answering again after 120.0 s"),
        }));
        Assert.That(logged[0].StructuredState, Does.Contain(new KeyValuePair<string, string?>("PendingCount", "2")));
    }

    [Test]
    public void ADifferentReason_IsLoggedAsItStarts()
    {
        _availability.ReportUnreachable("SQLite result code 14, extended result code 14: unable to open database file");
        _availability.ReportNotMigrated(Pending);
        _availability.ReportUnreachable("SQLite result code 14, extended result code 14: unable to open database file");

        Assert.That(
            _logger.Collector.GetSnapshot().Select(record => record.Level),
            Is.EqualTo(new[] { LogLevel.Warning, LogLevel.Warning, LogLevel.Warning }));
    }

    [Test]
    public void WhileAvailable_ReportsOfAnswersLogNothing()
    {
        _availability.ReportReachable();
        _availability.ReportAvailable();

        Assert.That(_logger.Collector.Count, Is.Zero);
    }
}
