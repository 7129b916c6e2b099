using CertStatus.Domain.Certifications;

namespace CertStatus.Domain.Tests.Certifications;

[TestFixture]
public sealed class RenewalIdsTests
{
    [TestCase(1L, "renewal-0001")]
    [TestCase(42L, "renewal-0042")]
    [TestCase(9999L, "renewal-9999")]
    [TestCase(10000L, "renewal-10000")]
    [TestCase(12345L, "renewal-12345")]
    [TestCase(long.MaxValue, "renewal-9223372036854775807")]
    public void Format_WhenGivenANumber_PadsToAtLeastFourDigits(long number, string expected) =>
        Assert.That(RenewalIds.Format(number), Is.EqualTo(expected));

    [TestCase("renewal-0001", 1L)]
    [TestCase("renewal-0042", 42L)]
    [TestCase("renewal-9999", 9999L)]
    [TestCase("renewal-10000", 10000L)]
    [TestCase("renewal-12345", 12345L)]
    [TestCase("renewal-9223372036854775807", long.MaxValue)]
    public void TryParse_WhenCanonical_ReturnsTheNumber(string renewalId, long expected)
    {
        var parsed = RenewalIds.TryParse(renewalId, out var number);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(number, Is.EqualTo(expected));
        }
    }

    [TestCase("renewal-42")]
    [TestCase("renewal-042")]
    [TestCase("renewal-00042")]
    [TestCase("renewal-012345")]
    [TestCase("renewal-0000")]
    [TestCase("renewal-00000")]
    [TestCase("Renewal-0042")]
    [TestCase("RENEWAL-0042")]
    [TestCase("renewal_0042")]
    [TestCase("renewal0042")]
    [TestCase("renewal-+042")]
    [TestCase("renewal--042")]
    [TestCase("renewal- 042")]
    [TestCase(" renewal-0042")]
    [TestCase("renewal-0042 ")]
    [TestCase("renewal-0042\n")]
    [TestCase("renewal-0x2A")]
    [TestCase("renewal-4.20")]
    [TestCase("renewal-1,234")]
    [TestCase("renewal-\u0660\u0660\u0664\u0662")]
    [TestCase("renewal-")]
    [TestCase("renewal")]
    [TestCase("0042")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("renewal-9223372036854775808")]
    [TestCase("renewal-99999999999999999999")]
    public void TryParse_WhenNotCanonical_Refuses(string? renewalId)
    {
        var parsed = RenewalIds.TryParse(renewalId, out var number);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.False);
            Assert.That(number, Is.Zero);
        }
    }

    [TestCase(1L)]
    [TestCase(999L)]
    [TestCase(1000L)]
    [TestCase(123456789L)]
    public void TryParse_WhenGivenAFormattedId_RoundTrips(long number)
    {
        var parsed = RenewalIds.TryParse(RenewalIds.Format(number), out var roundTripped);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(roundTripped, Is.EqualTo(number));
        }
    }
}
