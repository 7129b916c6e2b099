using System.Net.Sockets;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>What counts as an outage, and the cause an operator reads in the log when one starts.</summary>
public sealed class DatabaseOutageTests
{
    private const string NetworkError =
        "A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. "
        + "Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server)";

    [Test]
    public void Describe_AnUnreachableSqlServer_GivesTheOutermostErrorsNumberAndMessage_NotTheSocketsText()
    {
        // On Linux the socket error under SqlClient's often reads "Success": the text the log used to show.
        var socket = new SocketException(0);
        var unreachable = SqlServerErrors.Create(53, 20, NetworkError, socket);
        var gaveUp = new RetryLimitExceededException("The maximum number of retries (6) was exceeded.", unreachable);

        var cause = DatabaseOutage.Describe(gaveUp);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(DatabaseOutage.IsOutage(gaveUp), Is.True);
            Assert.That(cause, Is.EqualTo($"SQL Server error 53: {NetworkError}"));
            Assert.That(gaveUp.GetBaseException(), Is.SameAs(socket), "the innermost exception is the socket's");
        }
    }

    [Test]
    public async Task Describe_ARefusedConnection_GivesSqlClientsOwnNumberAndMessage()
    {
        // Nothing listens on port 1: SqlClient fails at once, as it does when a server is down.
        await using var connection = new SqlConnection("Data Source=tcp:127.0.0.1,1;Connect Timeout=2;ConnectRetryCount=0;Pooling=False;Encrypt=False");
        var refused = Assert.ThrowsAsync<SqlException>(() => connection.OpenAsync())!;
        await TestContext.Out.WriteLineAsync($"innermost: {refused.GetBaseException().Message}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(DatabaseOutage.IsOutage(refused), Is.True);
            Assert.That(DatabaseOutage.Describe(refused), Is.EqualTo($"SQL Server error {refused.Number}: {refused.Message}"));
        }
    }

    [Test]
    public void Describe_ALoginToADatabaseThatIsNotThere_GivesItsNumberAndMessage()
    {
        const string Message = "Cannot open database \"CertStatus\" requested by the login. The login failed.";
        var exception = new DbUpdateException("An error occurred while saving the entity changes.", SqlServerErrors.Create(4060, 11, Message));

        Assert.That(DatabaseOutage.Describe(exception), Is.EqualTo($"SQL Server error 4060: {Message}"));
    }

    [Test]
    public void Describe_ASqliteFileThatCannotBeOpened_GivesTheResultCodesAndMessage()
    {
        var missingFolder = Path.Combine(Path.GetTempPath(), $"certstatus-missing-{Guid.NewGuid():N}", "certstatus.db");
        using var connection = new SqliteConnection($"Data Source={missingFolder};Pooling=False");
        var cannotOpen = Assert.Throws<SqliteException>(connection.Open);

        var cause = DatabaseOutage.Describe(new InvalidOperationException("wrapped", cannotOpen));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(DatabaseOutage.IsOutage(cannotOpen), Is.True);
            Assert.That(cause, Is.EqualTo($"SQLite result code 14, extended result code 14: {cannotOpen.Message}"));
        }
    }

    [Test]
    public void Describe_WithoutADatabaseException_GivesTheOutermostMessage()
    {
        var exception = new TimeoutException("The database did not answer.", new SocketException(0));

        Assert.That(DatabaseOutage.Describe(exception), Is.EqualTo("TimeoutException: The database did not answer."));
    }

    // Each connection-level number at a class below 20, so that the number itself is what is tested.
    [TestCase(-2, (byte)11, true, TestName = "IsOutage_Timeout_IsAnOutage")]
    [TestCase(2, (byte)16, true, TestName = "IsOutage_ServerNotFoundOrNotAccessible2_IsAnOutage")]
    [TestCase(53, (byte)16, true, TestName = "IsOutage_NetworkError53_IsAnOutage")]
    [TestCase(121, (byte)16, true, TestName = "IsOutage_SemaphoreTimeout121_IsAnOutage")]
    [TestCase(4060, (byte)11, true, TestName = "IsOutage_CannotOpenDatabase4060_IsAnOutage")]
    [TestCase(18456, (byte)14, true, TestName = "IsOutage_LoginFailed_IsAnOutage")]
    [TestCase(40613, (byte)17, true, TestName = "IsOutage_AzureDatabaseUnavailable40613_IsAnOutage")]
    [TestCase(50000, (byte)20, true, TestName = "IsOutage_AnyErrorOfClass20OrAbove_IsAnOutage")]
    [TestCase(50000, (byte)19, false, TestName = "IsOutage_AnUnknownErrorBelowClass20_IsNotAnOutage")]
    [TestCase(2601, (byte)14, false, TestName = "IsOutage_UniqueIndexViolation_IsNotAnOutage")]
    [TestCase(547, (byte)16, false, TestName = "IsOutage_ForeignKeyConflict_IsNotAnOutage")]
    [TestCase(2627, (byte)14, false, TestName = "IsOutage_PrimaryKeyViolation_IsNotAnOutage")]
    [TestCase(208, (byte)16, false, TestName = "IsOutage_InvalidObjectName_IsNotAnOutage")]
    public void IsOutage_TellsSqlServerOutagesFromOtherErrors(int number, byte errorClass, bool outage)
    {
        var exception = new DbUpdateException("wrapped", SqlServerErrors.Create(number, errorClass, "message"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(DatabaseOutage.IsOutage(exception), Is.EqualTo(outage));
            Assert.That(DatabaseOutage.IsDatabaseError(exception), Is.True);
        }
    }

    [Test]
    public void IsDatabaseError_WithoutADatabaseExceptionInTheChain_IsFalse() =>
        Assert.That(DatabaseOutage.IsDatabaseError(new InvalidOperationException("wrapped", new SocketException(0))), Is.False);
}
