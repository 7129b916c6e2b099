using CertStatus.Application.Common.Exceptions;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// What a failed save means to the application, read from each provider's own error numbers, with
/// the exceptions SqlClient and SQLite raise (no server needed): a duplicate key is a duplicate, a
/// missing parent or a changed version is a lost race, anything else is none of these.
/// </summary>
public sealed class SaveFailureTests
{
    [TestCase(2601, typeof(UniqueConstraintViolationException), TestName = "SqlServer_UniqueIndex2601_IsADuplicate")]
    [TestCase(2627, typeof(UniqueConstraintViolationException), TestName = "SqlServer_PrimaryKeyOrUniqueConstraint2627_IsADuplicate")]
    [TestCase(547, typeof(ConcurrencyConflictException), TestName = "SqlServer_ForeignKeyConflict547_IsALostRace")]
    [TestCase(1205, null, TestName = "SqlServer_Deadlock1205_IsNeither")]
    [TestCase(-2, null, TestName = "SqlServer_Timeout_IsNeither")]
    [TestCase(53, null, TestName = "SqlServer_ServerNotFound53_IsNeither")]
    public void SqlServerError_IsAnsweredByItsNumber(int number, Type? expected)
    {
        var failure = new DbUpdateException("save failed", SqlServerErrors.Create(number, 16, "error " + number));

        Assert.That(UnitOfWork.ApplicationExceptionFor(failure)?.GetType(), Is.EqualTo(expected));
    }

    [TestCase(1555, typeof(UniqueConstraintViolationException), TestName = "Sqlite_ConstraintPrimaryKey1555_IsADuplicate")]
    [TestCase(2067, typeof(UniqueConstraintViolationException), TestName = "Sqlite_ConstraintUnique2067_IsADuplicate")]
    [TestCase(787, typeof(ConcurrencyConflictException), TestName = "Sqlite_ConstraintForeignKey787_IsALostRace")]
    [TestCase(275, null, TestName = "Sqlite_ConstraintCheck275_IsNeither")]
    [TestCase(1299, null, TestName = "Sqlite_ConstraintNotNull1299_IsNeither")]
    public void SqliteConstraint_IsAnsweredByItsExtendedCode(int extendedCode, Type? expected)
    {
        var failure = new DbUpdateException("save failed", new SqliteException("constraint failed", 19, extendedCode));

        Assert.That(UnitOfWork.ApplicationExceptionFor(failure)?.GetType(), Is.EqualTo(expected));
    }

    [Test]
    public void SqliteBusy_IsNeither() =>
        Assert.That(UnitOfWork.ApplicationExceptionFor(new DbUpdateException("save failed", new SqliteException("database is locked", 5, 5))), Is.Null);

    [Test]
    public void ConcurrencyTokenMismatch_IsALostRace() =>
        Assert.That(UnitOfWork.ApplicationExceptionFor(new DbUpdateConcurrencyException("0 rows")), Is.InstanceOf<ConcurrencyConflictException>());
}
