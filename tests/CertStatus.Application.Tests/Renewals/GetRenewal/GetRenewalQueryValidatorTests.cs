using CertStatus.Application.Renewals.GetRenewal;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Renewals.GetRenewal;

[TestFixture]
public sealed class GetRenewalQueryValidatorTests
{
    private readonly GetRenewalQueryValidator _validator = new();

    [TestCase("renewal-0042")]
    [TestCase("renewal-42")]
    public void Validate_WhenRenewalIdIsGiven_PassesAndLeavesUnknownIdsToTheHandler(string renewalId) =>
        ValidationAssert.IsValid(_validator.Validate(new GetRenewalQuery(renewalId)));

    [TestCase("")]
    [TestCase(" ")]
    public void Validate_WhenRenewalIdIsEmpty_FailsOnRenewalId(string renewalId) =>
        ValidationAssert.FailedOn(_validator.Validate(new GetRenewalQuery(renewalId)), "renewal_id");
}
