using System.Data;
using System.Data.Common;
using System.Globalization;
using CertStatus.Application.Common.Security;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using IsolationLevel = System.Data.IsolationLevel;

namespace CertStatus.Infrastructure.Tests.Persistence.SqlServerStatements;

/// <summary>
/// A SQL Server that is never reached. The context it makes is configured as the service's (the
/// retrying execution strategy and the audit interceptor included) over a SqlConnection that is
/// never opened: opening is suppressed, transactions are stand-ins, and every command EF Core
/// would send is recorded and answered here instead. The answers are what EF Core reads back: for
/// each INSERT/UPDATE/DELETE/MERGE with an OUTPUT clause, a row per row written with the values
/// the server would generate; for a query, the rows queued with <see cref="AnswerNextQuery"/>,
/// else none; 1 for a scalar (an object exists, a lock is granted), and for rows affected unless
/// <see cref="RowsAffected"/> says otherwise.
/// </summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    private readonly Queue<DataTable> _queryAnswers = new();
    private long _generated;

    public List<string> Commands { get; } = [];

    /// <summary>The rows a command that returns no rows (INSERT, UPDATE, DELETE without OUTPUT) reports it affected.</summary>
    public Func<string, int> RowsAffected { get; set; } = _ => 1;

    /// <summary>The exception the server answers a command with, if any (null: it succeeds).</summary>
    public Func<string, Exception?> Failure { get; set; } = _ => null;

    public SqlServerCertStatusDbContext CreateContext(ICurrentCaller caller) =>
        (SqlServerCertStatusDbContext)ProviderContexts.Create(
            DatabaseProvider.SqlServer,
            options => options
                .UseSqlServer(SqlServerDesignTimeDbContextFactory.PlaceholderConnectionString, sqlServer => sqlServer.EnableRetryOnFailure())
                .AddInterceptors(new NeverOpened(), new StandInTransactions(), this, new AuditColumnsInterceptor(caller)));

    /// <summary>Answers the next query (a SELECT that reaches no queued answer returns no rows) with one row of <paramref name="values"/>.</summary>
    public void AnswerNextQuery(params object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var table = NewTable();
        foreach (var value in values)
        {
            table.Columns.Add($"c{table.Columns.Count}", value.GetType());
        }

        table.Rows.Add(values);
        _queryAnswers.Enqueue(table);
    }

    /// <summary>The error SQL Server raises for a deadlock victim (1205), which the retrying execution strategy retries.</summary>
    public static SqlException Deadlock() => SqlServerErrors.Create(
        1205,
        13,
        "Transaction (Process ID 52) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.");

    // A SqlCommand takes only a SqlTransaction, which cannot be made without a server; the
    // stand-in takes the stand-in transaction and hands out real SqlParameters, as EF Core expects.
    public override InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result) =>
        InterceptionResult<DbCommand>.SuppressWithResult(new StandInCommand());

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        InterceptionResult<DbDataReader>.SuppressWithResult(Reader(command, eventData));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Reader(command, eventData)));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        InterceptionResult<object>.SuppressWithResult(Scalar(command));

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(Scalar(command)));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        InterceptionResult<int>.SuppressWithResult(NonQuery(command));

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(NonQuery(command)));

    private static DataTable NewTable() => new() { Locale = CultureInfo.InvariantCulture };

    private static Type StoreType(IModel model, string table, string column)
    {
        var property = model.GetEntityTypes()
            .Where(entityType => entityType.GetTableName() == table)
            .SelectMany(entityType => entityType.GetProperties()
                .Where(candidate => candidate.GetColumnName(StoreObjectIdentifier.Table(table, entityType.GetSchema())) == column))
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"OUTPUT names [{table}].[{column}], which the model lacks.");
        var type = property.GetValueConverter()?.ProviderClrType ?? property.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private void Record(DbCommand command)
    {
        Commands.Add(command.CommandText);
        if (Failure(command.CommandText) is { } failure)
        {
            throw failure;
        }
    }

    private int Scalar(DbCommand command)
    {
        Record(command);
        return 1;
    }

    private int NonQuery(DbCommand command)
    {
        Record(command);
        return RowsAffected(command.CommandText);
    }

    private DataTableReader Reader(DbCommand command, CommandEventData eventData)
    {
        Record(command);

        var results = new List<DataTable>();
        var fragment = TSqlStatements.Parse(command.CommandText, out var errors);
        if (errors.Count == 0 && eventData.Context is { } dbContext)
        {
            foreach (var statement in ((TSqlScript)fragment).Batches.SelectMany(batch => batch.Statements))
            {
                switch (statement)
                {
                    case SelectStatement { Into: null } select:
                        results.Add(_queryAnswers.Count > 0 ? _queryAnswers.Dequeue() : NoRows(select.QueryExpression));
                        break;
                    case InsertStatement { InsertSpecification: { OutputClause: { } output } insert }:
                        results.Add(Output(dbContext.Model, insert, output, rows: 1));
                        break;
                    case UpdateStatement { UpdateSpecification: { OutputClause: { } output } update }:
                        results.Add(Output(dbContext.Model, update, output, rows: 1));
                        break;
                    case DeleteStatement { DeleteSpecification: { OutputClause: { } output } delete }:
                        results.Add(Output(dbContext.Model, delete, output, rows: 1));
                        break;
                    case MergeStatement { MergeSpecification: { OutputClause: { } output } merge }:
                        results.Add(Output(dbContext.Model, merge, output, rows: merge.TableReference is InlineDerivedTable values ? values.RowValues.Count : 1));
                        break;
                    default:
                        break;
                }
            }
        }

        // A reader has at least one result set, even when the batch returns none.
        if (results.Count == 0)
        {
            results.Add(NewTable());
        }

        return new DataTableReader([.. results]);
    }

    /// <summary>
    /// An empty result with as many columns as the query selects: the retrying execution strategy
    /// buffers results and checks that each has the columns the query projects.
    /// </summary>
    private static DataTable NoRows(QueryExpression query)
    {
        while (query is not QuerySpecification)
        {
            query = query switch
            {
                BinaryQueryExpression binary => binary.FirstQueryExpression,
                QueryParenthesisExpression parenthesis => parenthesis.QueryExpression,
                _ => throw new InvalidOperationException($"Cannot answer a {query.GetType().Name}."),
            };
        }

        var table = NewTable();
        foreach (var element in ((QuerySpecification)query).SelectElements)
        {
            if (element is not SelectScalarExpression)
            {
                throw new InvalidOperationException($"Cannot count the columns of the select element at line {element.StartLine}, column {element.StartColumn}.");
            }

            table.Columns.Add($"c{table.Columns.Count}", typeof(object));
        }

        return table;
    }

    /// <summary>
    /// The rows an OUTPUT clause returns: a new value of its store type for each INSERTED/DELETED
    /// column (an IDENTITY number, a rowversion), the row's position for any other column (EF Core's
    /// <c>_Position</c> of a MERGE), the literal for a constant (EF Core's <c>OUTPUT 1</c>).
    /// </summary>
    private DataTable Output(IModel model, DataModificationSpecification specification, OutputClause output, int rows)
    {
        var target = specification.Target is NamedTableReference named
            ? named.SchemaObject.BaseIdentifier.Value
            : throw new InvalidOperationException($"Cannot answer OUTPUT for a {specification.Target.GetType().Name} target.");
        var table = NewTable();
        var values = new List<Func<int, object>>();
        foreach (var element in output.SelectColumns)
        {
            switch (element)
            {
                case SelectScalarExpression { Expression: ColumnReferenceExpression { MultiPartIdentifier: { Count: 2 } name } }
                    when name.Identifiers[0].Value.Equals("INSERTED", StringComparison.OrdinalIgnoreCase)
                        || name.Identifiers[0].Value.Equals("DELETED", StringComparison.OrdinalIgnoreCase):
                    var type = StoreType(model, target, name.Identifiers[1].Value);
                    table.Columns.Add($"c{table.Columns.Count}", type);
                    values.Add(_ => Generated(type));
                    break;
                case SelectScalarExpression { Expression: ColumnReferenceExpression }:
                    table.Columns.Add($"c{table.Columns.Count}", typeof(int));
                    values.Add(row => row);
                    break;
                case SelectScalarExpression { Expression: IntegerLiteral literal }:
                    table.Columns.Add($"c{table.Columns.Count}", typeof(int));
                    values.Add(_ => int.Parse(literal.Value, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new InvalidOperationException($"Cannot answer the OUTPUT element at line {element.StartLine}, column {element.StartColumn}.");
            }
        }

        for (var row = 0; row < rows; row++)
        {
            table.Rows.Add([.. values.Select(value => value(row))]);
        }

        return table;
    }

    private object Generated(Type type)
    {
        var next = ++_generated;
        if (type == typeof(long))
        {
            return next;
        }

        if (type == typeof(byte[]))
        {
            return BitConverter.GetBytes(next);
        }

        throw new InvalidOperationException($"No generated value of type {type} to answer with.");
    }

    private sealed class NeverOpened : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection,
            ConnectionEventData eventData,
            InterceptionResult result,
            CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());
    }

    private sealed class StandInTransactions : DbTransactionInterceptor
    {
        public override InterceptionResult<DbTransaction> TransactionStarting(
            DbConnection connection,
            TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result) =>
            InterceptionResult<DbTransaction>.SuppressWithResult(new StandInTransaction(connection, eventData.IsolationLevel));

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection,
            TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result,
            CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult<DbTransaction>.SuppressWithResult(new StandInTransaction(connection, eventData.IsolationLevel)));
    }

    /// <summary>A command that is never executed: the interceptor answers it first.</summary>
    private sealed class StandInCommand : DbCommand
    {
        private readonly SqlCommand _parameters = new();

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string CommandText { get; set; } = string.Empty;

        public override int CommandTimeout { get; set; } = 30;

        public override CommandType CommandType { get; set; } = CommandType.Text;

        public override bool DesignTimeVisible { get; set; }

        public override UpdateRowSource UpdatedRowSource { get; set; }

        protected override DbConnection? DbConnection { get; set; }

        protected override DbParameterCollection DbParameterCollection => _parameters.Parameters;

        protected override DbTransaction? DbTransaction { get; set; }

        public override void Cancel()
        {
        }

        public override int ExecuteNonQuery() => throw NotSent();

        public override object ExecuteScalar() => throw NotSent();

        public override void Prepare()
        {
        }

        protected override DbParameter CreateDbParameter() => _parameters.CreateParameter();

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => throw NotSent();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _parameters.Dispose();
            }

            base.Dispose(disposing);
        }

        private static InvalidOperationException NotSent() => new("A captured command is answered by its interceptor, never executed.");
    }

    private sealed class StandInTransaction(DbConnection connection, IsolationLevel isolationLevel) : DbTransaction
    {
        public override IsolationLevel IsolationLevel => isolationLevel;

        protected override DbConnection DbConnection => connection;

        public override void Commit()
        {
        }

        public override void Rollback()
        {
        }
    }
}
