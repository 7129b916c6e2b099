using System.Data;
using CertStatus.Infrastructure.Persistence.Reading;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

/// <summary>
/// How each provider's stored instants and versions come back, and how instants go out as
/// parameters. SQLite's side also runs end to end in <see cref="CertificationReadStoreTests"/>; SQL
/// Server's has no server here, so these are its only check.
/// </summary>
public sealed class DapperTypeHandlersTests
{
    private static readonly DateTimeOffset Instant = new DateTimeOffset(2026, 3, 26, 13, 45, 7, TimeSpan.Zero).AddTicks(1_234_567);

    private readonly DapperTypeHandlers.InstantHandler _instants = new();
    private readonly DapperTypeHandlers.VersionHandler _versions = new();

    [Test]
    public void InstantHandler_ReadsSqlServersDateTime2AsThatInstantInUtc()
    {
        // SqlClient hands datetime2 back without a kind; the write side stored it in UTC.
        var read = _instants.Parse(DateTime.SpecifyKind(Instant.UtcDateTime, DateTimeKind.Unspecified));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read, Is.EqualTo(Instant));
            Assert.That(read.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [Test]
    public void InstantHandler_ReadsSqlitesStoredText()
    {
        Assert.That(_instants.Parse("2026-03-26 13:45:07.1234567"), Is.EqualTo(Instant));
    }

    [Test]
    public void InstantHandler_WhenTheParameterIsSqlServers_SendsADateTime2InUtc()
    {
        var parameter = new SqlParameter();

        _instants.SetValue(parameter, Instant.ToOffset(TimeSpan.FromHours(2)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameter.DbType, Is.EqualTo(DbType.DateTime2));
            Assert.That(parameter.Value, Is.EqualTo(Instant.UtcDateTime));
        }
    }

    [Test]
    public void InstantHandler_WhenTheParameterIsSqlites_SendsTheStoredTextSoThatTextComparisonsHold()
    {
        var parameter = new SqliteParameter();

        _instants.SetValue(parameter, Instant.ToOffset(TimeSpan.FromHours(2)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameter.DbType, Is.EqualTo(DbType.String));
            Assert.That(parameter.Value, Is.EqualTo("2026-03-26 13:45:07.1234567"));
        }
    }

    [Test]
    public void VersionHandler_ReadsSqlServersUniqueidentifierAndSqlitesUpperCaseText()
    {
        var version = Guid.Parse("6584e0c9-2157-4e42-a4b6-19986dc4b2e8");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_versions.Parse(version), Is.EqualTo(version));
            Assert.That(_versions.Parse("6584E0C9-2157-4E42-A4B6-19986DC4B2E8"), Is.EqualTo(version));
        }
    }

    [Test]
    public void Handlers_OfAnUnexpectedStoredType_SayWhatTheyGot()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => _instants.Parse(42L), Throws.TypeOf<DataException>().With.Message.Contains("Int64"));
            Assert.That(() => _versions.Parse(42L), Throws.TypeOf<DataException>().With.Message.Contains("Int64"));
        }
    }
}
