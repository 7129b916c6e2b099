using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// How the read side's two stored types that differ by provider come back from Dapper, exactly as
/// EF Core stores them on the write side: instants (text on SQLite, <c>datetime2</c> in UTC on SQL
/// Server) and versions (upper-case text on SQLite, <c>uniqueidentifier</c> on SQL Server).
/// Dapper keeps type handlers process-wide; registering them again replaces them.
/// </summary>
internal static class DapperTypeHandlers
{
    public static void Register()
    {
        SqlMapper.AddTypeHandler(new InstantHandler());
        SqlMapper.AddTypeHandler(new VersionHandler());
    }

    internal sealed class InstantHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override DateTimeOffset Parse(object value) => value switch
        {
            string stored => SqliteInstants.Parse(stored),
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset instant => instant.ToUniversalTime(),
            _ => throw new DataException($"An instant cannot be read from a {value.GetType().Name}."),
        };

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            if (parameter is SqliteParameter)
            {
                // Compared as text with the stored form, so it must be that same form.
                parameter.DbType = DbType.String;
                parameter.Value = SqliteInstants.Format(value);
            }
            else
            {
                parameter.DbType = DbType.DateTime2;
                parameter.Value = value.UtcDateTime;
            }
        }
    }

    internal sealed class VersionHandler : SqlMapper.TypeHandler<Guid>
    {
        public override Guid Parse(object value) => value switch
        {
            Guid version => version,
            string stored => Guid.ParseExact(stored, "D"),
            _ => throw new DataException($"A version cannot be read from a {value.GetType().Name}."),
        };

        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();
            }
            else
            {
                parameter.DbType = DbType.Guid;
                parameter.Value = value;
            }
        }
    }
}
