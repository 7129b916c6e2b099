using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Reading;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

/// <summary>
/// Every read through the read side tells the availability that the database answered, whichever
/// store made it (the certification lists, the change feed): an outage ends with the first answer.
/// </summary>
public sealed class ReadDatabaseTests
{
    private string _folder = null!;
    private DatabaseAvailability _availability = null!;
    private ReadDatabase _database = null!;

    [SetUp]
    public void Open()
    {
        _folder = Directory.CreateTempSubdirectory("certstatus-read-database-").FullName;
        _availability = new DatabaseAvailability(NullLogger<DatabaseAvailability>.Instance, TimeProvider.System);
        _database = ReadDatabase.For(
            new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "read.db")};Pooling=False", MigrateOnStartup: false),
            _availability);
        _availability.ReportUnreachable("SQLite result code 14, extended result code 14: unable to open database file");
    }

    [TearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task ReadAsync_ThatGetsItsAnswer_EndsTheOutage()
    {
        var answer = await _database.ReadAsync(connection => connection.ExecuteScalarAsync<long>("SELECT 42"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo(42));
            Assert.That(_availability.Current, Is.Null);
        }
    }

    [Test]
    public void ReadAsync_ThatFails_LeavesTheOutageAsItWas()
    {
        Assert.That(
            async () => await _database.ReadAsync(connection => connection.ExecuteScalarAsync<long>("SELECT no_such_column FROM no_such_table"), CancellationToken.None),
            Throws.Exception);
        Assert.That(_availability.Current, Is.EqualTo(DatabaseUnavailability.Unreachable));
    }
}
