using System.Data.Common;
using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Api.Tests.Controllers;

/// <summary>
/// The count tables behind the lists' totals (triggers on SQLite, indexed views on SQL Server)
/// agree with <c>COUNT(*)</c> of the rows after concurrent creates, expiry changes, renewals and
/// deletes through the API, and the totals the lists answer are those counts.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ListTotalsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static readonly string[] Types = ["peer_mentor_standard", "peer_mentor_advanced"];

    [Test]
    public async Task CountTables_AfterConcurrentWrites_EqualCountsOfTheRows()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(WriteAsync));

        var (certifications, certificationCounts) = await ReadAsync(
            Provider == DatabaseProvider.Sqlite
                ? "SELECT certification_type, substr(expiry_date, 1, 10), COUNT(*) FROM certifications GROUP BY 1, 2"
                : "SELECT certification_type, CONVERT(char(10), CAST(expiry_date AS date), 23), COUNT(*) FROM certifications GROUP BY certification_type, CAST(expiry_date AS date)",
            Provider == DatabaseProvider.Sqlite
                ? "SELECT certification_type, expiry_day, row_count FROM certification_counts"
                : "SELECT certification_type, CONVERT(char(10), expiry_day, 23), row_count FROM certification_counts WITH (NOEXPAND)");
        var (renewals, renewalCounts) = await ReadAsync(
            "SELECT processed_by, COUNT(*) FROM certification_renewals GROUP BY processed_by",
            Provider == DatabaseProvider.Sqlite
                ? "SELECT processed_by, row_count FROM renewal_counts"
                : "SELECT processed_by, row_count FROM renewal_counts WITH (NOEXPAND)");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certifications, Is.Not.Empty);
            Assert.That(certificationCounts, Is.EquivalentTo(certifications));
            Assert.That(renewals, Is.Not.Empty);
            Assert.That(renewalCounts, Is.EquivalentTo(renewals));
            Assert.That(await TotalAsync(Routes.Statuses, "certification_type=peer_mentor_advanced"), Is.EqualTo(RowsOf(certifications, "peer_mentor_advanced")));
            Assert.That(await TotalAsync(Routes.Statuses, string.Empty), Is.EqualTo(RowsOf(certifications)));
            Assert.That(await TotalAsync(Routes.Renewals, string.Empty), Is.EqualTo(RowsOf(renewals)));
        }
    }

    /// <summary>One writer: creates ten statuses, renews, moves and deletes some of them, and deletes a renewal.</summary>
    private async Task WriteAsync(int writer)
    {
        for (var i = 0; i < 10; i++)
        {
            var mentorId = $"w{writer}-{i:D2}";
            await CreateAsync(new CertificationStatusBuilder()
                .WithMentorId(mentorId)
                .WithType(Types[(writer + i) % 2])
                .IssuedAt(PinnedNow.AddYears(-1))
                .ExpiringAt(PinnedNow.AddDays(i % 4).AddHours(writer)));

            using var renewed = await PostAsync(Routes.Renewals, new RenewalBuilder(mentorId)
                .RenewedAt(PinnedNow.AddDays(-1))
                .ExpiringAt(PinnedNow.AddDays(30 + i))
                .ProcessedBy($"clerk-{i % 3}")
                .Build());
            Assert.That(renewed.StatusCode, Is.EqualTo(HttpStatusCode.Created));

            switch (i % 4)
            {
                case 0:
                    using (var deleted = await DeleteAsync(Routes.Status(mentorId)))
                    {
                        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                    }

                    break;
                case 1:
                    using (var moved = await PutAsync(Routes.Status(mentorId), ExpiryChange(CertificationStatusBuilder.Format(PinnedNow.AddDays(90 + writer)))))
                    {
                        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                    }

                    break;
                case 2:
                    var renewalId = (string)(await ReadObjectAsync(renewed))["renewal_id"]!;
                    using (var removed = await DeleteAsync(Routes.Renewal(renewalId)))
                    {
                        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                    }

                    break;
            }
        }
    }

    private async Task<int> TotalAsync(string root, string query) => (int)(await ListAsync(query, root))["pagination"]!["total"]!;

    private static long RowsOf(IEnumerable<string> groups, string? prefix = null) =>
        groups.Where(group => prefix is null || group.StartsWith(prefix + "|", StringComparison.Ordinal))
            .Sum(group => long.Parse(group[(group.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    private async Task<(List<string> Rows, List<string> Counts)> ReadAsync(string rowsSql, string countsSql)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            return (await GroupsAsync(connection, rowsSql), await GroupsAsync(connection, countsSql));
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> GroupsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var groups = new List<string>();
        while (await reader.ReadAsync())
        {
            groups.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(column =>
                Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return groups;
    }
}
