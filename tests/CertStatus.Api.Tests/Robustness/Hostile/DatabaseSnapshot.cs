using System.Data.Common;
using System.Globalization;
using System.Text;
using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Api.Tests.Robustness.Hostile;

/// <summary>
/// Every stored row of <c>certifications</c> and <c>certification_renewals</c>, every column, read
/// straight from the service's database (not through the API, which could hide a change). Two equal
/// <see cref="Text"/>s mean nothing was written.
/// </summary>
public sealed class DatabaseSnapshot
{
    private DatabaseSnapshot(IReadOnlyList<StoredRow> certifications, IReadOnlyList<StoredRow> renewals)
    {
        Certifications = certifications;
        Renewals = renewals;
        Text = Describe("certifications", certifications) + Describe("certification_renewals", renewals);
    }

    public IReadOnlyList<StoredRow> Certifications { get; }

    public IReadOnlyList<StoredRow> Renewals { get; }

    /// <summary>All rows, one per line, column by column: what two snapshots are compared by.</summary>
    public string Text { get; }

    public static async Task<DatabaseSnapshot> TakeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            return new DatabaseSnapshot(
                await ReadAsync(connection, "SELECT * FROM certifications ORDER BY mentor_id"),
                await ReadAsync(connection, "SELECT * FROM certification_renewals ORDER BY renewal_number"));
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    public override string ToString() => Text;

    private static async Task<IReadOnlyList<StoredRow>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<StoredRow>();
        while (await reader.ReadAsync())
        {
            var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            for (var column = 0; column < reader.FieldCount; column++)
            {
                values[reader.GetName(column)] = reader.IsDBNull(column) ? null : reader.GetValue(column);
            }

            rows.Add(new StoredRow(values));
        }

        return rows;
    }

    private static string Describe(string table, IReadOnlyList<StoredRow> rows)
    {
        var text = new StringBuilder().Append(table).Append(CultureInfo.InvariantCulture, $" ({rows.Count} rows)\n");
        foreach (var row in rows)
        {
            text.Append("  ").AppendJoin(" | ", row.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={Format(v.Value)}")).Append('\n');
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime dateTime => dateTime.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

/// <summary>One stored row by column name, with readers for the column types the invariants need.</summary>
public sealed class StoredRow(IReadOnlyDictionary<string, object?> values)
{
    public IReadOnlyDictionary<string, object?> Values { get; } = values;

    public string? Text(string column) => Values[column] is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    public long Number(string column) => Convert.ToInt64(Values[column], CultureInfo.InvariantCulture);

    /// <summary>A stored date-time (text on SQLite, datetime2 on SQL Server), as UTC.</summary>
    public DateTime? Date(string column) => Values[column] switch
    {
        null => null,
        DateTime value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        var value => DateTime.Parse(
            Convert.ToString(value, CultureInfo.InvariantCulture)!,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
    };
}
