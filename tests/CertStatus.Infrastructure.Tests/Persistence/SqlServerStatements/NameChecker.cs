using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CertStatus.Infrastructure.Tests.Persistence.SqlServerStatements;

/// <summary>
/// Finds the tables and columns that a parsed script names but the schema lacks. It checks the
/// statements that read or write rows (SELECT, INSERT, UPDATE, DELETE, MERGE, and subqueries
/// anywhere, such as in an IF): every table they read or write must be in the schema, and every
/// column they name must belong to a table, alias, CTE or derived table of the statement (or of
/// an enclosing query, for a correlated subquery). DDL (CREATE/ALTER TABLE, CREATE INDEX,
/// constraints) is left alone: it defines names rather than using them, and an old migration's DDL
/// may name a column that a later one drops.
/// </summary>
/// <remarks>
/// A source whose columns cannot be known from the text — a table-valued function, OPENJSON, a
/// table variable declared elsewhere, a table that is itself reported as unknown — accepts any
/// column, so that one problem is reported once.
/// </remarks>
internal sealed class NameChecker(SqlServerSchema schema) : TSqlFragmentVisitor
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    private readonly List<string> _problems = [];
    private readonly Stack<Scope> _scopes = new();
    private readonly Stack<Dictionary<string, Source>> _ctes = new();
    private readonly Dictionary<string, IReadOnlySet<string>> _tableVariables = new(Names);
    private readonly Dictionary<QuerySpecification, List<Source>> _sourcesOfQuery = [];
    private readonly HashSet<TSqlFragment> _handled = [];
    private int _rowStatements;

    public IReadOnlyList<string> Problems => _problems;

    public override void ExplicitVisit(SelectStatement node) => VisitRowStatement(node);

    public override void ExplicitVisit(InsertStatement node) => VisitRowStatement(node);

    public override void ExplicitVisit(UpdateStatement node) => VisitRowStatement(node);

    public override void ExplicitVisit(DeleteStatement node) => VisitRowStatement(node);

    public override void ExplicitVisit(MergeStatement node) => VisitRowStatement(node);

    // Registered by the statement that owns them (VisitRowStatement), before its body.
    public override void ExplicitVisit(WithCtesAndXmlNamespaces node)
    {
    }

    public override void ExplicitVisit(DeclareTableVariableBody node)
    {
        _tableVariables[node.VariableName.Value] = node.Definition.ColumnDefinitions
            .Select(column => column.ColumnIdentifier.Value)
            .ToHashSet(Names);
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(QuerySpecification node)
    {
        var sources = Sources(node.FromClause?.TableReferences ?? []);
        _sourcesOfQuery[node] = sources;

        var scope = new Scope(sources)
        {
            OwnOrderBy = node.OrderByClause,
            SelectListNames = SelectListNames(node),
        };
        _scopes.Push(scope);
        node.AcceptChildren(this);
        _scopes.Pop();
    }

    public override void ExplicitVisit(BinaryQueryExpression node)
    {
        node.FirstQueryExpression.Accept(this);
        node.SecondQueryExpression.Accept(this);

        // ORDER BY after a UNION names the columns of its first query.
        var scope = new Scope([])
        {
            OwnOrderBy = node.OrderByClause,
            SelectListNames = OutputColumns(node.FirstQueryExpression) ?? new HashSet<string>(Names),
        };
        _scopes.Push(scope);
        node.OrderByClause?.Accept(this);
        node.OffsetClause?.Accept(this);
        node.ForClause?.Accept(this);
        _scopes.Pop();
    }

    public override void ExplicitVisit(OrderByClause node)
    {
        // Only a query's own ORDER BY may name its select list's aliases; OVER (ORDER BY …) may not.
        var scope = _scopes.Count > 0 && ReferenceEquals(_scopes.Peek().OwnOrderBy, node) ? _scopes.Peek() : null;
        scope?.EnterOrderBy();
        base.ExplicitVisit(node);
        scope?.LeaveOrderBy();
    }

    public override void ExplicitVisit(UpdateSpecification node)
    {
        var sources = Sources(node.FromClause?.TableReferences ?? []);
        var target = Target(node.Target, sources);
        _scopes.Push(new Scope(sources) { Target = target });
        node.AcceptChildren(this);
        _scopes.Pop();
    }

    public override void ExplicitVisit(DeleteSpecification node)
    {
        var sources = Sources(node.FromClause?.TableReferences ?? []);
        var target = Target(node.Target, sources);
        _scopes.Push(new Scope(sources) { Target = target });
        node.AcceptChildren(this);
        _scopes.Pop();
    }

    public override void ExplicitVisit(InsertSpecification node)
    {
        // The column list and OUTPUT see the target only; the rows inserted come from a query
        // (or VALUES) of their own, which does not see the target.
        var target = SourceOf(node.Target);
        _scopes.Push(new Scope([target]) { Target = target });
        foreach (var column in node.Columns)
        {
            ResolveTargetColumn(column);
        }

        node.OutputClause?.Accept(this);
        node.OutputIntoClause?.Accept(this);
        _scopes.Pop();

        node.TopRowFilter?.Accept(this);
        node.InsertSource?.Accept(this);
    }

    public override void ExplicitVisit(MergeSpecification node)
    {
        var sources = Sources([node.TableReference]);
        var target = SourceOf(node.Target, node.TableAlias);
        sources.Add(target);
        _scopes.Push(new Scope(sources) { Target = target });
        node.AcceptChildren(this);
        _scopes.Pop();
    }

    public override void ExplicitVisit(InsertMergeAction node)
    {
        foreach (var column in node.Columns)
        {
            ResolveTargetColumn(column);
        }

        node.Source?.Accept(this);
    }

    public override void ExplicitVisit(AssignmentSetClause node)
    {
        if (node.Column is { } column)
        {
            ResolveTargetColumn(column);
        }

        node.Variable?.Accept(this);
        node.NewValue?.Accept(this);
    }

    public override void ExplicitVisit(OutputClause node) => VisitOutput(node.AcceptChildren);

    public override void ExplicitVisit(OutputIntoClause node)
    {
        var into = SourceOf(node.IntoTable);
        foreach (var column in node.IntoTableColumns)
        {
            ResolveColumnOf(into, column);
        }

        VisitOutput(visitor =>
        {
            foreach (var element in node.SelectColumns)
            {
                element.Accept(visitor);
            }
        });
    }

    // Table references are resolved by the query or statement that owns them (Sources, Target);
    // one met anywhere else is at least checked to exist.
    public override void ExplicitVisit(NamedTableReference node)
    {
        if (_handled.Add(node))
        {
            _ = SourceOf(node);
        }
    }

    public override void ExplicitVisit(QueryDerivedTable node)
    {
        if (!_handled.Contains(node))
        {
            base.ExplicitVisit(node);
        }
    }

    public override void ExplicitVisit(InlineDerivedTable node)
    {
        if (!_handled.Contains(node))
        {
            base.ExplicitVisit(node);
        }
    }

    public override void ExplicitVisit(ColumnReferenceExpression node)
    {
        if (_rowStatements == 0 && _scopes.Count == 0)
        {
            // A column of a DDL statement (an index's or a constraint's): defined, not used.
            return;
        }

        switch (node.ColumnType)
        {
            case ColumnType.Regular when node.MultiPartIdentifier is { } name:
                Resolve(node, name.Identifiers);
                break;
            case ColumnType.Wildcard when node.MultiPartIdentifier is { Count: > 0 } qualifier:
                _ = Qualified(node, [.. qualifier.Identifiers]);
                break;
            default:
                // COUNT(*), $action and the other pseudo-columns name no column of a table.
                break;
        }
    }

    public override void ExplicitVisit(SelectStarExpression node)
    {
        if (node.Qualifier is { Count: > 0 } qualifier)
        {
            _ = Qualified(node, [.. qualifier.Identifiers]);
        }
    }

    private static string At(TSqlFragment fragment) => $"line {fragment.StartLine}, column {fragment.StartColumn}";

    private static string Bracket(IEnumerable<Identifier> parts) => string.Join('.', parts.Select(part => $"[{part.Value}]"));

    private static HashSet<string> SelectListNames(QuerySpecification query) =>
        query.SelectElements.OfType<SelectScalarExpression>()
            .Select(element => element.ColumnName?.Value)
            .OfType<string>()
            .ToHashSet(Names);

    private void VisitRowStatement(StatementWithCtesAndXmlNamespaces node)
    {
        _rowStatements++;
        var ctes = new Dictionary<string, Source>(Names);
        _ctes.Push(ctes);
        foreach (var cte in node.WithCtesAndXmlNamespaces?.CommonTableExpressions ?? [])
        {
            var name = cte.ExpressionName.Value;
            IReadOnlySet<string>? declared = cte.Columns.Count > 0 ? cte.Columns.Select(column => column.Value).ToHashSet(Names) : null;

            // A recursive CTE names itself; until its query is read its columns are those declared, if any.
            ctes[name] = new Source(name, null, $"CTE [{name}]", declared);
            cte.QueryExpression.Accept(this);
            ctes[name] = new Source(name, null, $"CTE [{name}]", declared ?? OutputColumns(cte.QueryExpression));
        }

        node.AcceptChildren(this);
        _ctes.Pop();
        _rowStatements--;
    }

    private void VisitOutput(Action<TSqlFragmentVisitor> visitColumns)
    {
        if (_scopes.Count == 0)
        {
            visitColumns(this);
            return;
        }

        var scope = _scopes.Peek();
        scope.InOutput = true;
        visitColumns(this);
        scope.InOutput = false;
    }

    /// <summary>The sources a FROM clause (or MERGE's USING) introduces, its joins' ON conditions left to the caller's scope.</summary>
    private List<Source> Sources(IEnumerable<TableReference> references)
    {
        var sources = new List<Source>();
        foreach (var reference in references)
        {
            AddSources(reference, sources);
        }

        return sources;
    }

    private void AddSources(TableReference reference, List<Source> sources)
    {
        switch (reference)
        {
            case JoinParenthesisTableReference parenthesis:
                AddSources(parenthesis.Join, sources);
                break;
            case UnqualifiedJoin { UnqualifiedJoinType: UnqualifiedJoinType.CrossApply or UnqualifiedJoinType.OuterApply } apply:
                AddSources(apply.FirstTableReference, sources);

                // What is applied sees the sources to its left.
                _scopes.Push(new Scope([.. sources]));
                AddSources(apply.SecondTableReference, sources);
                _scopes.Pop();
                break;
            case JoinTableReference join:
                AddSources(join.FirstTableReference, sources);
                AddSources(join.SecondTableReference, sources);
                break;
            default:
                sources.Add(SourceOf(reference));
                break;
        }
    }

    /// <summary>The source one table reference introduces; reports a table the schema lacks.</summary>
    private Source SourceOf(TableReference reference, Identifier? alias = null)
    {
        _handled.Add(reference);
        switch (reference)
        {
            case NamedTableReference named:
                return Named(named, alias ?? named.Alias);
            case QueryDerivedTable derived:
                // Visited before its parent's scope exists: a derived table does not see its siblings.
                derived.QueryExpression.Accept(this);
                return new Source(
                    derived.Alias.Value,
                    null,
                    $"derived table [{derived.Alias.Value}]",
                    derived.Columns.Count > 0 ? derived.Columns.Select(column => column.Value).ToHashSet(Names) : OutputColumns(derived.QueryExpression));
            case InlineDerivedTable values:
                foreach (var row in values.RowValues)
                {
                    row.Accept(this);
                }

                return new Source(
                    values.Alias.Value,
                    null,
                    $"VALUES [{values.Alias.Value}]",
                    values.Columns.Count > 0 ? values.Columns.Select(column => column.Value).ToHashSet(Names) : null);
            case VariableTableReference variable:
                var variableName = variable.Variable.Name;
                return new Source(
                    (alias ?? variable.Alias)?.Value ?? variableName,
                    null,
                    $"table variable {variableName}",
                    _tableVariables.GetValueOrDefault(variableName));
            case TableReferenceWithAlias { Alias: { } otherAlias }:
                return new Source(otherAlias.Value, null, $"[{otherAlias.Value}]", null);
            default:
                return new Source(string.Empty, null, reference.GetType().Name, null);
        }
    }

    private Source Named(NamedTableReference reference, Identifier? alias)
    {
        var name = reference.SchemaObject;
        var baseName = name.BaseIdentifier.Value;
        var described = Bracket(name.Identifiers) + (alias is null ? string.Empty : $" AS [{alias.Value}]");

        if (name.Count == 1 && Cte(baseName) is { } cte)
        {
            return alias is null ? cte : cte with { Name = alias.Value, Description = described };
        }

        var table = schema.Find(baseName, name.SchemaIdentifier?.Value);
        if (table is null)
        {
            _problems.Add($"{At(reference)}: table {Bracket(name.Identifiers)} is not a table of the model");
        }

        return new Source(
            alias?.Value ?? baseName,
            alias is null ? table?.Schema ?? name.SchemaIdentifier?.Value ?? SqlServerSchema.DefaultSchema : null,
            described,
            table?.Columns);
    }

    private Source? Cte(string name)
    {
        foreach (var ctes in _ctes)
        {
            if (ctes.TryGetValue(name, out var cte))
            {
                return cte;
            }
        }

        return null;
    }

    /// <summary>The target of UPDATE or DELETE: a table, or the alias of one in the statement's FROM.</summary>
    private Source Target(TableReference target, List<Source> sources)
    {
        if (target is NamedTableReference { Alias: null, SchemaObject.Count: 1 } named
            && sources.FirstOrDefault(source => Names.Equals(source.Name, named.SchemaObject.BaseIdentifier.Value)) is { } aliased)
        {
            _handled.Add(named);
            return aliased;
        }

        var source = SourceOf(target);
        sources.Add(source);
        return source;
    }

    private IReadOnlySet<string>? OutputColumns(QueryExpression query)
    {
        switch (query)
        {
            case QueryParenthesisExpression parenthesis:
                return OutputColumns(parenthesis.QueryExpression);
            case BinaryQueryExpression binary:
                return OutputColumns(binary.FirstQueryExpression);
            case QuerySpecification specification:
                var names = new HashSet<string>(Names);
                var sources = _sourcesOfQuery.GetValueOrDefault(specification) ?? [];
                foreach (var element in specification.SelectElements)
                {
                    switch (element)
                    {
                        case SelectScalarExpression { ColumnName: { } alias }:
                            names.Add(alias.Value);
                            break;
                        case SelectScalarExpression { Expression: ColumnReferenceExpression { MultiPartIdentifier: { Count: > 0 } column } }:
                            names.Add(column.Identifiers[^1].Value);
                            break;
                        case SelectStarExpression star:
                            var starred = star.Qualifier is { Count: > 0 } qualifier
                                ? sources.Where(source => source.Matches([.. qualifier.Identifiers]))
                                : sources;
                            foreach (var source in starred)
                            {
                                if (source.Columns is null)
                                {
                                    return null;
                                }

                                names.UnionWith(source.Columns);
                            }

                            break;
                        default:
                            // An expression without an alias gives a column that cannot be named.
                            break;
                    }
                }

                return names;
            default:
                return null;
        }
    }

    private void Resolve(TSqlFragment node, IList<Identifier> parts)
    {
        var column = parts[^1].Value;
        if (parts.Count > 1)
        {
            var source = Qualified(node, [.. parts.Take(parts.Count - 1)]);
            if (source is { } found && !found.Has(column))
            {
                _problems.Add($"{At(node)}: {Bracket(parts)} is not a column of {found.Description}");
            }

            return;
        }

        if (_scopes.Count == 0)
        {
            _problems.Add($"{At(node)}: column [{column}] is named where no table is in scope");
            return;
        }

        var innermost = _scopes.Peek();
        if (innermost.InOrderBy && innermost.SelectListNames.Contains(column))
        {
            return;
        }

        if (_scopes.Any(scope => scope.Sources.Any(source => source.Has(column))))
        {
            return;
        }

        var candidates = innermost.Sources.Count == 0 ? "no table" : string.Join(", ", innermost.Sources.Select(source => source.Description));
        _problems.Add($"{At(node)}: column [{column}] is not a column of {candidates}");
    }

    /// <summary>The source a qualifier (alias, table, schema.table, INSERTED/DELETED in OUTPUT) names, searching outwards; reports one that names none.</summary>
    private Source? Qualified(TSqlFragment node, IReadOnlyList<Identifier> qualifier)
    {
        foreach (var scope in _scopes)
        {
            if (scope.InOutput && scope.Target is { } target && qualifier.Count == 1
                && (Names.Equals(qualifier[0].Value, "inserted") || Names.Equals(qualifier[0].Value, "deleted")))
            {
                return target with { Description = $"{qualifier[0].Value.ToUpperInvariant()} ({target.Description})" };
            }

            if (scope.Sources.FirstOrDefault(source => source.Matches(qualifier)) is { } source)
            {
                return source;
            }
        }

        _problems.Add($"{At(node)}: {Bracket(qualifier)} is not a table or alias of the statement");
        return null;
    }

    /// <summary>A column that must belong to the statement's target: INSERT's column list, SET's left side.</summary>
    private void ResolveTargetColumn(ColumnReferenceExpression column)
    {
        var target = _scopes.Select(scope => scope.Target).FirstOrDefault(candidate => candidate is not null);
        if (target is null || column.MultiPartIdentifier is not { Count: > 0 })
        {
            column.Accept(this);
            return;
        }

        ResolveColumnOf(target, column);
    }

    private void ResolveColumnOf(Source source, ColumnReferenceExpression column)
    {
        if (column.MultiPartIdentifier is not { Count: > 0 } name)
        {
            return;
        }

        var parts = name.Identifiers;
        if (parts.Count > 1 && !source.Matches([.. parts.Take(parts.Count - 1)]))
        {
            _problems.Add($"{At(column)}: {Bracket(parts)} does not name a column of {source.Description}");
            return;
        }

        if (!source.Has(parts[^1].Value))
        {
            _problems.Add($"{At(column)}: {Bracket(parts)} is not a column of {source.Description}");
        }
    }

    /// <summary>
    /// A table, alias, CTE or derived table a statement reads from or writes to. <see cref="Schema"/>
    /// is set for a table named without an alias, which may then be qualified by schema too;
    /// <see cref="Columns"/> is null when they cannot be known.
    /// </summary>
    private sealed record Source(string Name, string? Schema, string Description, IReadOnlySet<string>? Columns)
    {
        public bool Has(string column) => Columns is null || Columns.Contains(column);

        public bool Matches(IReadOnlyList<Identifier> qualifier) =>
            qualifier.Count switch
            {
                1 => Names.Equals(qualifier[0].Value, Name),
                _ => Schema is not null
                    && Names.Equals(qualifier[^1].Value, Name)
                    && Names.Equals(qualifier[^2].Value, Schema),
            };
    }

    /// <summary>The sources one query or statement sees, and what else its clauses may name.</summary>
    private sealed class Scope(List<Source> sources)
    {
        private int _orderBy;

        public List<Source> Sources { get; } = sources;

        /// <summary>What UPDATE's SET, INSERT's column list and OUTPUT's INSERTED/DELETED name.</summary>
        public Source? Target { get; init; }

        public OrderByClause? OwnOrderBy { get; init; }

        /// <summary>The select list's aliases, which the query's own ORDER BY may name.</summary>
        public IReadOnlySet<string> SelectListNames { get; init; } = new HashSet<string>();

        public bool InOrderBy => _orderBy > 0;

        public bool InOutput { get; set; }

        public void EnterOrderBy() => _orderBy++;

        public void LeaveOrderBy() => _orderBy--;
    }
}
