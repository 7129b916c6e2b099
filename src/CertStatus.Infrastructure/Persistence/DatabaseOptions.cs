using System.ComponentModel.DataAnnotations;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// The <c>Database</c> section. The connection string is in <see cref="ConnectionStringOptions"/>,
/// where .NET keeps connection strings; <see cref="DatabaseSettings"/> puts the two together.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    [EnumDataType(typeof(DatabaseProvider), ErrorMessage = "must be Sqlite or SqlServer")]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Whether to apply pending migrations at start-up; unset, true on SQLite and false on SQL Server.</summary>
    public bool? MigrateOnStartup { get; set; }
}
