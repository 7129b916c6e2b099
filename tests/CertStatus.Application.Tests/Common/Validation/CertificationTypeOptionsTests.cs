using CertStatus.Application.Common.Validation;

namespace CertStatus.Application.Tests.Common.Validation;

[TestFixture]
public sealed class CertificationTypeOptionsTests
{
    [Test]
    public void Allowed_WhenNothingIsConfigured_IsTheTwoDefaultTypes()
    {
        string[] expected = ["peer_mentor_standard", "peer_mentor_advanced"];

        Assert.That(new CertificationTypeOptions().Allowed, Is.EqualTo(expected));
    }

    [Test]
    public void Allowed_WhenTypesAreConfigured_IsExactlyThose()
    {
        string[] configured = ["coach_level_1", "coach_level_2"];
        var options = new CertificationTypeOptions { Types = { configured[0], configured[1] } };

        Assert.That(options.Allowed, Is.EqualTo(configured));
    }
}
