using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CertStatus.Infrastructure.Tests.Persistence;

[TestFixtureSource(typeof(ProviderContexts), nameof(ProviderContexts.All))]
public sealed class MigrationsTests(DatabaseProvider provider)
{
    [Test]
    public void Model_HasNoChangesMissingFromTheMigrations()
    {
        using var dbContext = ProviderContexts.Create(provider);

        Assert.That(
            dbContext.Database.HasPendingModelChanges(),
            Is.False,
            $"The {provider} model differs from its last migration: add one with build/add-migration.sh.");
    }

    [Test]
    public void PendingModelChangesCheck_WhenTheModelChangesWithoutAMigration_ReportsThem()
    {
        using var dbContext = ProviderContexts.Create(
            provider,
            options => options.ReplaceService<IModelCustomizer, UnmigratedColumnModelCustomizer>());

        Assert.That(dbContext.Database.HasPendingModelChanges(), Is.True);
    }

    [Test]
    public void Migrations_AreThoseOfThisProviderOnly()
    {
        using var dbContext = ProviderContexts.Create(provider);

        var migrations = dbContext.GetService<IMigrationsAssembly>().Migrations.Values;

        Assert.That(migrations, Is.Not.Empty);
        Assert.That(
            migrations.Select(type => type.Namespace).Distinct(),
            Is.EqualTo(new[] { $"CertStatus.Infrastructure.Persistence.Migrations.{provider}" }));
    }

    /// <summary>The real model plus one column that no migration creates.</summary>
    private sealed class UnmigratedColumnModelCustomizer(ModelCustomizerDependencies dependencies)
        : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity<Certification>().Property<string>("unmigrated_column");
        }
    }
}
