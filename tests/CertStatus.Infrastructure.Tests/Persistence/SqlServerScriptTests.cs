using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Tests.Persistence.SqlServerStatements;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CertStatus.Infrastructure.Tests.Persistence;

public sealed class SqlServerScriptTests
{
    private const string ScriptPath = "build/sql/certstatus.sqlserver.sql";

    [Test]
    public void CommittedScript_EqualsTheIdempotentScriptOfTheMigrations()
    {
        using var dbContext = ProviderContexts.Create(DatabaseProvider.SqlServer);
        var generated = dbContext.GetService<IMigrator>()
            .GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ScriptPath));

        Assert.That(
            Normalise(committed),
            Is.EqualTo(Normalise(generated)),
            $"{ScriptPath} is out of date: run build/generate-sql-script.sh and commit the result.");
    }

    [Test]
    public void CommittedScript_IsIdempotentAndCreatesTheSchema()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ScriptPath));

        Assert.Multiple(() =>
        {
            Assert.That(committed, Does.Contain("IF NOT EXISTS"));
            Assert.That(committed, Does.Contain("CREATE TABLE [certifications]"));
            Assert.That(committed, Does.Contain("CREATE TABLE [certification_renewals]"));
            Assert.That(committed, Does.Contain("[mentor_id] nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL"));
            Assert.That(committed, Does.Contain("[row_version] rowversion NOT NULL"));
            Assert.That(committed, Does.Contain("[renewal_number] bigint NOT NULL IDENTITY"));
        });
    }

    /// <summary>
    /// The whole script, GO batches and all, parses as SQL Server parses it. Its DDL is only parsed:
    /// it defines the names (and a later migration may drop what an earlier one created), so
    /// only its DML — the IF NOT EXISTS reads of the history and the history inserts — is held to
    /// the model's names.
    /// </summary>
    [Test]
    public void CommittedScript_ParsesAndItsDmlNamesOnlyTheModel()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ScriptPath));

        var batches = ((TSqlScript)TSqlStatements.Parse(committed, out _)).Batches;
        TestContext.Out.WriteLine($"{batches.Count} batches, {batches.Sum(batch => batch.Statements.Count)} statements checked.");
        TSqlStatements.AssertValid(committed, ScriptPath);
    }

    [Test]
    public void CommittedScriptCheck_FailsOnAMisspelledHistoryColumn()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ScriptPath));
        var misspelled = committed.Replace("([MigrationId], [ProductVersion])", "([MigrationId], [ProductVersoin])", StringComparison.Ordinal);

        Assert.That(misspelled, Is.Not.EqualTo(committed), "the script no longer inserts into the history as expected");
        Assert.That(TSqlStatements.Problems(misspelled), Has.Some.Contains("[ProductVersoin]"));
    }

    private static string Normalise(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();
}
