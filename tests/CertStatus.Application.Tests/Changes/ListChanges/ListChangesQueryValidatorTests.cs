using CertStatus.Application.Changes.ListChanges;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Changes.ListChanges;

[TestFixture]
public sealed class ListChangesQueryValidatorTests
{
    private readonly ListChangesQueryValidator _validator = new(Tokens.Sealer);

    [TestCase(1)]
    [TestCase(100)]
    [TestCase(1000)]
    public void Validate_WithAnIssuedTokenAndALimitInRange_Passes(int limit) =>
        ValidationAssert.IsValid(_validator.Validate(new ListChangesQuery(Tokens.Sealer.Write(7), limit)));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not-a-token")]
    public void Validate_WithoutAnIssuedToken_FailsOnSince(string? since) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListChangesQuery(since)), "since");

    [Test]
    public void Validate_WithAListCursor_FailsOnSince()
    {
        var cursor = Cursors.Sealer.Write(new ListCursor(ListKind.CertificationRenewals, 1, DateTimeOffset.UnixEpoch, 2, DateTimeOffset.UnixEpoch, "renewal-0001"));

        ValidationAssert.FailedOn(_validator.Validate(new ListChangesQuery(cursor)), "since");
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(1001)]
    public void Validate_WithALimitOutOfRange_FailsOnLimit(int limit) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListChangesQuery(Tokens.Sealer.Write(7), limit)), "limit");
}
