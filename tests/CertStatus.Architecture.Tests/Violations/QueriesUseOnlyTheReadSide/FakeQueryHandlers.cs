using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Common.Reading;
using Mediator;

namespace CertStatus.Architecture.Tests.Violations.QueriesUseOnlyTheReadSide;

public sealed record FakeQuery(string MentorId) : IQuery<bool>;

[Violates("reads the aggregate through the write repository")]
internal sealed class QueryThroughTheRepository(ICertificationRepository certifications) : IQueryHandler<FakeQuery, bool>
{
    public async ValueTask<bool> Handle(FakeQuery query, CancellationToken cancellationToken) =>
        await certifications.FindAsync(query.MentorId, cancellationToken) is not null;
}

/// <summary>The control: a query that reads through the read store.</summary>
internal sealed class QueryThroughTheReadStore(ICertificationReadStore readStore) : IQueryHandler<FakeQuery, bool>
{
    public async ValueTask<bool> Handle(FakeQuery query, CancellationToken cancellationToken) =>
        await readStore.FindCertificationAsync(query.MentorId, cancellationToken) is not null;
}
