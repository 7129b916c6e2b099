using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CertStatus.Infrastructure.Persistence.Repositories;

/// <summary>
/// A query compiled by EF Core (<c>EF.CompileAsyncQuery</c>), so that running it skips LINQ
/// translation and the query-cache lookup — on GET one status that alone raised the requests per
/// second by 75–90 % (docs/performance.md). EF Core binds a compiled query to the model it first runs
/// against and refuses any other; this keeps one compilation per model, so that SQLite and
/// SQL Server contexts (or several hosts in one test run) can share the repository's queries.
/// </summary>
internal sealed class CompiledQuery<TDelegate>
    where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, TDelegate> _byModel = [];
    private readonly ConditionalWeakTable<IModel, TDelegate>.CreateValueCallback _compile;

    public CompiledQuery(Func<TDelegate> compile) => _compile = _ => compile();

    public TDelegate For(DbContext dbContext) => _byModel.GetValue(dbContext.Model, _compile);
}
