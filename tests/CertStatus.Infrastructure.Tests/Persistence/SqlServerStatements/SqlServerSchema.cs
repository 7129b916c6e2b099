using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CertStatus.Infrastructure.Tests.Persistence.SqlServerStatements;

/// <summary>A table the service's statements may name, with its columns.</summary>
internal sealed record SqlServerTable(string Schema, string Name, IReadOnlySet<string> Columns);

/// <summary>
/// The tables and columns of the SQL Server database as EF Core defines it: the tables of the
/// model plus the migrations history table, which EF Core creates beside them, and the indexed
/// views of the list totals (<see cref="CountTables"/>), which a migration creates. Names compare
/// case-insensitively, as SQL Server resolves them under the usual case-insensitive catalog
/// collation; a misspelling still fails.
/// </summary>
internal sealed class SqlServerSchema
{
    /// <summary>The schema of a table named without one.</summary>
    public const string DefaultSchema = "dbo";

    private static readonly Lazy<SqlServerSchema> OfTheModel = new(() =>
    {
        using var dbContext = ProviderContexts.Create(DatabaseProvider.SqlServer);
        return Of(dbContext);
    });

    private readonly Dictionary<string, SqlServerTable> _tables;

    private SqlServerSchema(IEnumerable<SqlServerTable> tables) =>
        _tables = tables.ToDictionary(table => table.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The schema of <see cref="SqlServerCertStatusDbContext"/>, built once.</summary>
    public static SqlServerSchema Model => OfTheModel.Value;

    public IReadOnlyCollection<SqlServerTable> Tables => _tables.Values;

    public static SqlServerSchema Of(DbContext dbContext)
    {
        ArgumentNullException.ThrowIfNull(dbContext);

        var model = dbContext.Model;
        var columnsByTable = new Dictionary<(string Schema, string Name), HashSet<string>>();
        foreach (var entityType in model.GetEntityTypes())
        {
            if (entityType.GetTableName() is not { } tableName)
            {
                continue;
            }

            var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
            var key = (entityType.GetSchema() ?? model.GetDefaultSchema() ?? DefaultSchema, tableName);
            if (!columnsByTable.TryGetValue(key, out var columns))
            {
                columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                columnsByTable.Add(key, columns);
            }

            foreach (var property in entityType.GetProperties())
            {
                if (property.GetColumnName(table) is { } column)
                {
                    columns.Add(column);
                }
            }
        }

        var tables = columnsByTable.Select(pair => new SqlServerTable(pair.Key.Schema, pair.Key.Name, pair.Value)).ToList();
        tables.AddRange(HistoryTables(dbContext));
        tables.AddRange(CountTables.Columns.Select(view =>
            new SqlServerTable(DefaultSchema, view.Key, view.Value.ToHashSet(StringComparer.OrdinalIgnoreCase))));
        return new SqlServerSchema(tables);
    }

    /// <summary>The table named <paramref name="name"/> (in <paramref name="schema"/> when one is given), or null.</summary>
    public SqlServerTable? Find(string name, string? schema) =>
        _tables.TryGetValue(name, out var table)
        && (schema is null || string.Equals(schema, table.Schema, StringComparison.OrdinalIgnoreCase))
            ? table
            : null;

    // The history table is not part of the model; its definition is the CREATE TABLE that EF Core's
    // history repository sends, so it is read from there rather than written out here.
    private static IEnumerable<SqlServerTable> HistoryTables(DbContext dbContext)
    {
        var script = dbContext.GetService<IHistoryRepository>().GetCreateScript();
        var fragment = TSqlStatements.Parse(script, out var errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The migrations history table's script does not parse: {errors[0].Message}{Environment.NewLine}{script}");
        }

        var creates = ((TSqlScript)fragment).Batches.SelectMany(batch => batch.Statements).OfType<CreateTableStatement>().ToList();
        if (creates.Count == 0)
        {
            throw new InvalidOperationException($"The migrations history table's script creates no table:{Environment.NewLine}{script}");
        }

        return creates.Select(create => new SqlServerTable(
            create.SchemaObjectName.SchemaIdentifier?.Value ?? DefaultSchema,
            create.SchemaObjectName.BaseIdentifier.Value,
            create.Definition.ColumnDefinitions.Select(column => column.ColumnIdentifier.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)));
    }
}
