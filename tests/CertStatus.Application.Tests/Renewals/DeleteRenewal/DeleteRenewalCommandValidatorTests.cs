using CertStatus.Application.Renewals.DeleteRenewal;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Renewals.DeleteRenewal;

[TestFixture]
public sealed class DeleteRenewalCommandValidatorTests
{
    private readonly DeleteRenewalCommandValidator _validator = new();

    [TestCase("renewal-0042")]
    [TestCase("renewal-42")]
    public void Validate_WhenRenewalIdIsGiven_PassesAndLeavesUnknownIdsToTheHandler(string renewalId) =>
        ValidationAssert.IsValid(_validator.Validate(new DeleteRenewalCommand(renewalId)));

    [TestCase("")]
    [TestCase(" ")]
    public void Validate_WhenRenewalIdIsEmpty_FailsOnRenewalId(string renewalId) =>
        ValidationAssert.FailedOn(_validator.Validate(new DeleteRenewalCommand(renewalId)), "renewal_id");
}
