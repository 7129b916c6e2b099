using System.Reflection;
using Microsoft.Data.SqlClient;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>SqlExceptions as SqlClient raises them, for the paths no server here can take.</summary>
internal static class SqlServerErrors
{
    private const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>
    /// An exception carrying one error. SqlException has no public constructor; SqlClient builds one
    /// from an error collection through internal members. If they change, this says so rather than
    /// skipping the tests that use it.
    /// </summary>
    public static SqlException Create(int number, byte errorClass, string message, Exception? innerException = null)
    {
        var errorConstructor = typeof(SqlError).GetConstructor(
            Internal,
            [typeof(int), typeof(byte), typeof(byte), typeof(string), typeof(string), typeof(string), typeof(int), typeof(Exception)]);
        var collectionConstructor = typeof(SqlErrorCollection).GetConstructor(Internal, Type.EmptyTypes);
        var add = typeof(SqlErrorCollection).GetMethod("Add", Internal, [typeof(SqlError)]);
        var create = typeof(SqlException).GetMethod("CreateException", Internal, [typeof(SqlErrorCollection), typeof(string), typeof(Guid), typeof(Exception)]);
        if (errorConstructor is null || collectionConstructor is null || add is null || create is null)
        {
            throw new InvalidOperationException("Microsoft.Data.SqlClient's internals changed: update SqlServerErrors.Create.");
        }

        var error = errorConstructor.Invoke([number, (byte)1, errorClass, "sql01.corp.example", message, string.Empty, 0, innerException]);
        var errors = collectionConstructor.Invoke(null);
        add.Invoke(errors, [error]);
        return (SqlException)create.Invoke(null, [errors, "17.0.0", Guid.Empty, innerException])!;
    }
}
