using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// EF Core refuses to run a compiled query against a model other than the first it ran on; the
/// repository's queries must still serve every provider in one process.
/// </summary>
public sealed class CompiledQueryTests
{
    private static readonly CompiledQuery<Func<CertStatusDbContext, string, IAsyncEnumerable<Certification>>> ForRead =
        new(() => EF.CompileAsyncQuery(CertificationQueries.CertificationWithRenewals));

    [Test]
    public void For_CompilesOncePerModel()
    {
        using var sqlite = ProviderContexts.Create(DatabaseProvider.Sqlite);
        using var otherSqlite = ProviderContexts.Create(DatabaseProvider.Sqlite);
        using var sqlServer = ProviderContexts.Create(DatabaseProvider.SqlServer);

        Assert.Multiple(() =>
        {
            Assert.That(ForRead.For(otherSqlite), Is.SameAs(ForRead.For(sqlite)), "same model, same compilation");
            Assert.That(ForRead.For(sqlServer), Is.Not.SameAs(ForRead.For(sqlite)), "another model, its own compilation");
        });
    }

    [Test]
    public async Task For_RunsOnTheModelItWasCompiledFor()
    {
        var path = Path.Combine(Path.GetTempPath(), $"certstatus-compiled-{Guid.NewGuid():N}.db");
        try
        {
            await using var dbContext = ProviderContexts.Create(DatabaseProvider.Sqlite, options => options.UseSqlite($"Data Source={path};Pooling=False"));
            await dbContext.Database.MigrateAsync();
            var issued = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            dbContext.Certifications.Add(Certification.Issue("mentor-1", "peer_mentor_standard", issued, issued.AddYears(1), issued));
            await dbContext.SaveChangesAsync();

            var found = await ForRead.For(dbContext)(dbContext, "mentor-1").ToListAsync();

            Assert.That(found.Select(c => c.MentorId), Is.EqualTo((string[])["mentor-1"]));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
