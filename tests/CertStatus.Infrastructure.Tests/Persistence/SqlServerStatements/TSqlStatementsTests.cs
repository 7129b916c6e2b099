using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CertStatus.Infrastructure.Tests.Persistence.SqlServerStatements;

/// <summary>The checker itself: it reports what SQL Server would refuse, and accepts what it would run.</summary>
public sealed class TSqlStatementsTests
{
    /// <summary>The shape of hand-written list reads: a count and a page in one batch, aliases, ORDER BY an alias, OFFSET/FETCH.</summary>
    private const string CertificationListBatch = """
        SELECT COUNT_BIG(*)
        FROM [certifications]
        WHERE [certification_type] = @certificationType AND [expiry_date] > @expiresAfter AND [expiry_date] <= @expiresAtOrBefore;

        SELECT [mentor_id] AS MentorId, [certification_type] AS CertificationType, [issue_date] AS IssueDate,
               [expiry_date] AS ExpiryDate, [last_renewal_date] AS LastRenewalDate, [updated_reason] AS UpdatedReason,
               [created_at] AS CreatedAt, [updated_at] AS UpdatedAt, [version] AS Version
        FROM [certifications]
        WHERE [certification_type] = @certificationType AND [expiry_date] > @expiresAfter AND [expiry_date] <= @expiresAtOrBefore
        ORDER BY ExpiryDate DESC, MentorId DESC
        OFFSET @offset ROWS FETCH NEXT @limit ROWS ONLY;
        """;

    private const string RenewalListBatch = """
        SELECT COUNT(*) FROM [certification_renewals] AS [r] WHERE [r].[mentor_id] = @mentorId AND [r].[processed_by] = @processedBy;
        SELECT [r].[renewal_number] AS RenewalNumber, [r].[mentor_id] AS MentorId, [r].[sequence] AS Sequence,
               [r].[renewal_date] AS RenewalDate, [r].[new_expiry_date] AS NewExpiryDate,
               [r].[previous_expiry_date] AS PreviousExpiryDate, [r].[processed_by] AS ProcessedBy, [r].[notes] AS Notes,
               [r].[created_at] AS CreatedAt, [r].[updated_at] AS UpdatedAt, [r].[version] AS Version
        FROM [certification_renewals] AS [r]
        WHERE [r].[mentor_id] = @mentorId AND [r].[processed_by] = @processedBy
        ORDER BY [RenewalDate], RenewalNumber
        OFFSET @offset ROWS FETCH NEXT @limit ROWS ONLY;
        """;

    private static readonly string[] TablesOfTheDatabase =
        ["certifications", "certification_renewals", "idempotency_keys", "changes", "change_feed_state", "__EFMigrationsHistory", "certification_counts", "renewal_counts"];

    public static IEnumerable<TestCaseData> ValidStatements()
    {
        yield return Valid("certification list: count and page", CertificationListBatch);
        yield return Valid("renewal list: count and page", RenewalListBatch);
        yield return Valid("schema-qualified table and three-part column", "SELECT [dbo].[certifications].[mentor_id] FROM [dbo].[certifications] ORDER BY [certifications].[mentor_id]");
        yield return Valid("correlated subquery", "SELECT [c].[mentor_id] FROM [certifications] AS [c] WHERE EXISTS (SELECT 1 FROM [certification_renewals] AS [r] WHERE [r].[mentor_id] = [c].[mentor_id] AND [notes] IS NULL)");
        yield return Valid("join", "SELECT [c].[expiry_date], [r].[renewal_date] FROM [certifications] AS [c] INNER JOIN [certification_renewals] AS [r] ON [r].[mentor_id] = [c].[mentor_id]");
        yield return Valid(
            "CTE with its columns",
            "WITH [latest] ([mentor_id], [last_number]) AS (SELECT [mentor_id], MAX([renewal_number]) FROM [certification_renewals] GROUP BY [mentor_id]) SELECT [l].[last_number], [c].[expiry_date] FROM [latest] AS [l] JOIN [certifications] AS [c] ON [c].[mentor_id] = [l].[mentor_id]");
        yield return Valid(
            "derived table and its column aliases",
            "SELECT [d].[MentorId], [d].[Renewals] FROM (SELECT [mentor_id] AS MentorId, COUNT(*) AS Renewals FROM [certification_renewals] GROUP BY [mentor_id]) AS [d] ORDER BY [d].[Renewals]");
        yield return Valid("union ordered by the first query's column", "SELECT [mentor_id] FROM [certifications] UNION ALL SELECT [mentor_id] FROM [certification_renewals] ORDER BY [mentor_id]");
        yield return Valid("OUTER APPLY sees the table to its left", "SELECT [c].[mentor_id], [l].[renewal_date] FROM [certifications] AS [c] OUTER APPLY (SELECT TOP(1) [r].[renewal_date] FROM [certification_renewals] AS [r] WHERE [r].[mentor_id] = [c].[mentor_id] ORDER BY [r].[sequence] DESC) AS [l]");
        yield return Valid(
            "MERGE as EF Core batches inserts",
            "MERGE [certification_renewals] USING (VALUES (@p0, @p1, 0), (@p2, @p3, 1)) AS i ([mentor_id], [sequence], _Position) ON 1=0 WHEN NOT MATCHED THEN INSERT ([mentor_id], [sequence]) VALUES (i.[mentor_id], i.[sequence]) OUTPUT INSERTED.[renewal_number], i._Position, $action;");
        yield return Valid("table variable declared in the batch", "DECLARE @numbers TABLE ([number] bigint); INSERT INTO [certification_renewals] ([mentor_id]) OUTPUT INSERTED.[renewal_number] INTO @numbers ([number]) VALUES (@p0); SELECT [n].[number] FROM @numbers AS [n];");
        yield return Valid("migrations history", "SELECT [MigrationId], [ProductVersion] FROM [__EFMigrationsHistory] ORDER BY [MigrationId];");
        yield return Valid("DDL is parsed only: it defines names", "ALTER TABLE [certifications] ADD [brand_new] int NULL;\nGO\nCREATE INDEX [ix_brand_new] ON [certifications] ([brand_new]);");
    }

    public static IEnumerable<TestCaseData> UnknownNames()
    {
        yield return Unknown("a table", "SELECT [c].[mentor_id] FROM [certificates] AS [c]", "[certificates]");
        yield return Unknown("a table in another schema", "SELECT [mentor_id] FROM [sales].[certifications]", "[sales].[certifications]");
        yield return Unknown("a column qualified by alias", "SELECT [c].[mentor_idd] FROM [certifications] AS [c]", "[c].[mentor_idd]");
        yield return Unknown("an unqualified column", "SELECT [mentor_idd] FROM [certifications]", "[mentor_idd]");
        yield return Unknown("a column of the other table", "SELECT [c].[renewal_number] FROM [certifications] AS [c]", "[c].[renewal_number]");
        yield return Unknown("an alias the statement lacks", "SELECT [x].[mentor_id] FROM [certifications] AS [c]", "[x]");
        yield return Unknown("a table named by its name once aliased", "SELECT [certifications].[mentor_id] FROM [certifications] AS [c]", "[certifications]");
        yield return Unknown("a column in a join condition", "SELECT 1 FROM [certifications] AS [c] JOIN [certification_renewals] AS [r] ON [r].[mentor] = [c].[mentor_id]", "[r].[mentor]");
        yield return Unknown("a column in a correlated subquery", "SELECT 1 FROM [certifications] AS [c] WHERE EXISTS (SELECT 1 FROM [certification_renewals] AS [r] WHERE [r].[mentor_id] = [c].[mentor_idd])", "[c].[mentor_idd]");
        yield return Unknown("a sibling table seen from a derived table", "SELECT 1 FROM [certifications] AS [c] CROSS JOIN (SELECT [c].[mentor_id] AS [m]) AS [d]", "[c]");
        yield return Unknown("an ORDER BY alias the select list lacks", "SELECT [mentor_id] AS MentorId FROM [certifications] ORDER BY MentorID2", "[MentorID2]");
        yield return Unknown("a select-list alias in WHERE", "SELECT [mentor_id] AS MentorId FROM [certifications] WHERE MentorId = @id", "[MentorId]");
        yield return Unknown("a CTE column", "WITH [l] ([m]) AS (SELECT [mentor_id] FROM [certifications]) SELECT [l].[mentor_id] FROM [l]", "[l].[mentor_id]");
        yield return Unknown("a derived table column", "SELECT [d].[mentor_id] FROM (SELECT [mentor_id] AS MentorId FROM [certifications]) AS [d]", "[d].[mentor_id]");
        yield return Unknown("an INSERT column", "INSERT INTO [certifications] ([mentor_id], [expiry]) VALUES (@p0, @p1);", "[expiry]");
        yield return Unknown("an OUTPUT INSERTED column", "INSERT INTO [certifications] ([mentor_id]) OUTPUT INSERTED.[rowversion] VALUES (@p0);", "[rowversion]");
        yield return Unknown("an UPDATE SET column", "UPDATE [certifications] SET [expiry] = @p0 OUTPUT INSERTED.[row_version] WHERE [mentor_id] = @p1;", "[expiry]");
        yield return Unknown("a SET column of another table", "UPDATE [c] SET [c].[notes] = @p0 FROM [certifications] AS [c];", "[c].[notes]");
        yield return Unknown("a DELETE condition", "DELETE FROM [i] FROM [idempotency_keys] AS [i] WHERE [i].[expires] <= @now", "[i].[expires]");
        yield return Unknown("a MERGE INSERT column", "MERGE [certification_renewals] USING (VALUES (@p0, 0)) AS i ([mentor_id], _Position) ON 1=0 WHEN NOT MATCHED THEN INSERT ([mentor]) VALUES (i.[mentor_id]) OUTPUT INSERTED.[renewal_number], i._Position;", "[mentor]");
        yield return Unknown("a MERGE source column", "MERGE [certification_renewals] USING (VALUES (@p0, 0)) AS i ([mentor_id], _Position) ON 1=0 WHEN NOT MATCHED THEN INSERT ([mentor_id]) VALUES (i.[mentor]) OUTPUT INSERTED.[renewal_number], i._Position;", "[i].[mentor]");
        yield return Unknown("a table variable column", "DECLARE @numbers TABLE ([number] bigint); SELECT [n].[numbr] FROM @numbers AS [n];", "[n].[numbr]");
        yield return Unknown("a column in VALUES", "INSERT INTO [certifications] ([mentor_id]) VALUES ([mentor_id]);", "[mentor_id]");
        yield return Unknown("a history column", "INSERT INTO [__EFMigrationsHistory] ([MigrationId], [Version]) VALUES (N'1', N'10');", "[Version]");
        yield return Unknown("a name in an IF's subquery", "IF NOT EXISTS (SELECT * FROM [__EFMigrationsHistory] WHERE [Migration] = N'1') BEGIN SELECT 1; END;", "[Migration]");
        yield return Unknown("a name in the second statement of a batch", "SELECT COUNT(*) FROM [certifications];\nSELECT [mentor_id] FROM [certifications] ORDER BY [expiry]", "[expiry]");
    }

    [Test]
    public void SyntaxError_IsReportedWithItsLineAndColumn()
    {
        var problems = TSqlStatements.Problems("SELECT [mentor_id]\nFROM [certifications]\nWHERE [mentor_id] = = @id");

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("line 3, column ").And.Contain("parse error"));
    }

    [Test]
    public void SyntaxErrorInDdl_IsReported()
    {
        Assert.That(TSqlStatements.Problems("CREATE INDEX [ix_certifications_expiry_date] ON [certifications] [expiry_date];"), Is.Not.Empty);
    }

    [TestCaseSource(nameof(ValidStatements))]
    public void ValidStatement_HasNoProblems(string sql) => TSqlStatements.AssertValid(sql, "valid statement");

    [TestCaseSource(nameof(UnknownNames))]
    public void UnknownName_IsReportedByName(string sql, string name)
    {
        var problems = TSqlStatements.Problems(sql);

        TestContext.Out.WriteLine(string.Join(Environment.NewLine, problems));
        Assert.That(problems, Has.Some.Contains(name), string.Join(Environment.NewLine, problems));
    }

    [Test]
    public void AssertValid_FailsOnAProblem_NamingTheStatement()
    {
        var failure = Assert.Throws<AssertionException>(() => TSqlStatements.AssertValid("SELECT [mentor_idd] FROM [certifications]", "the list query"));

        Assert.That(failure.Message, Does.Contain("the list query").And.Contain("[mentor_idd]"));
    }

    [Test]
    public void Schema_IsTheModels_SoAColumnAddedToTheModelIsKnown()
    {
        using var dbContext = ProviderContexts.Create(
            DatabaseProvider.SqlServer,
            options => options.ReplaceService<IModelCustomizer, ExtraColumnModelCustomizer>());
        const string Sql = "SELECT [c].[extra_column] FROM [certifications] AS [c]";

        Assert.Multiple(() =>
        {
            Assert.That(TSqlStatements.Problems(Sql, SqlServerSchema.Of(dbContext)), Is.Empty);
            Assert.That(TSqlStatements.Problems(Sql), Is.Not.Empty);
        });
    }

    [Test]
    public void Schema_HasEveryTableOfTheModelTheMigrationsHistoryAndTheCountViews()
    {
        Assert.That(
            SqlServerSchema.Model.Tables.Select(table => table.Name),
            Is.EquivalentTo(TablesOfTheDatabase));
    }

    private static TestCaseData Valid(string name, string sql) => new TestCaseData(sql).SetArgDisplayNames(name);

    private static TestCaseData Unknown(string name, string sql, string reported) => new TestCaseData(sql, reported).SetArgDisplayNames(name);

    /// <summary>The real model plus a column that the default schema lacks.</summary>
    private sealed class ExtraColumnModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity<Certification>().Property<string>("ExtraColumn").HasColumnName("extra_column");
        }
    }
}
