using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CertStatus.Infrastructure.Tests.Persistence.SqlServerStatements;

/// <summary>
/// Checks T-SQL as SQL Server would before running it, with no server: it must parse, and the
/// tables and columns its SELECT, INSERT, UPDATE, DELETE and MERGE statements name must be those of
/// the SQL Server model (<see cref="SqlServerSchema"/>). Text may hold several statements and GO
/// batches. See <see cref="NameChecker"/> for what the name check covers.
/// </summary>
internal static class TSqlStatements
{
    /// <summary>Every parse error, or else every unknown table and column; empty when the text is valid.</summary>
    public static IReadOnlyList<string> Problems(string sql) => Problems(sql, SqlServerSchema.Model);

    /// <inheritdoc cref="Problems(string)"/>
    public static IReadOnlyList<string> Problems(string sql, SqlServerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(schema);

        var fragment = Parse(sql, out var errors);
        if (errors.Count > 0)
        {
            // Names are not checked in text that does not parse: the fragment is incomplete.
            return [.. errors.Select(error => $"line {error.Line}, column {error.Column}: parse error {error.Number}: {error.Message}")];
        }

        var checker = new NameChecker(schema);
        fragment.Accept(checker);
        return checker.Problems;
    }

    /// <summary>Fails the test, naming <paramref name="name"/> and quoting the text, unless <see cref="Problems(string)"/> finds none.</summary>
    public static void AssertValid(string sql, string name)
    {
        ArgumentNullException.ThrowIfNull(sql);
        Assert.That(Problems(sql), Is.Empty, $"{name}:{Environment.NewLine}{sql}");
    }

    /// <summary>Parses as SQL Server 2025 (compatibility level 170, the current release) does, with QUOTED_IDENTIFIER on as on EF Core's connections.</summary>
    public static TSqlFragment Parse(string sql, out IList<ParseError> errors)
    {
        using var reader = new StringReader(sql);
        return new TSql170Parser(initialQuotedIdentifiers: true).Parse(reader, out errors);
    }
}
