using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Api.Tests.Support;

/// <summary>
/// Sets where the database's renewal numbering continues. A fixture's database outlives its tests
/// and numbers are never reused, so a test that asserts exact ids sets the next number first —
/// as if the service were running on a fresh database (1) or one that has numbered many (9999).
/// </summary>
public static class RenewalNumbering
{
    public static async Task SetNextRenewalNumberAsync(this CertStatusApiFactory factory, DatabaseProvider provider, long next)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().Database;
        var last = next - 1;

        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                // AUTOINCREMENT keeps the highest number handed out in sqlite_sequence (one row per table, once used).
                await database.ExecuteSqlAsync($"DELETE FROM sqlite_sequence WHERE name = 'certification_renewals'");
                await database.ExecuteSqlAsync($"INSERT INTO sqlite_sequence (name, seq) VALUES ('certification_renewals', {last})");
                break;
            case DatabaseProvider.SqlServer:
                // RESEED n makes the next identity n + 1, except on a table that never held a row, where it is n.
                await database.ExecuteSqlAsync($"""
                    DECLARE @reseed bigint = CASE
                        WHEN (SELECT last_value FROM sys.identity_columns WHERE object_id = OBJECT_ID(N'certification_renewals')) IS NULL
                        THEN {next} ELSE {last} END;
                    DBCC CHECKIDENT (N'certification_renewals', RESEED, @reseed);
                    """);
                break;
            default:
                throw new NotSupportedException($"Renewal numbering is not known for {provider}.");
        }
    }
}
