using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>
/// SPEC §2: is_expired is now ≥ expiry_date; days_until_expiry is floor((expiry_date − now) / 24 h).
/// "Now" is the fake clock, so both sides of every boundary are reachable.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ComputedFieldsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [TestCase(10 * 86_400, false, 10)]
    [TestCase((10 * 86_400) - 1, false, 9)]
    [TestCase(86_400, false, 1)]
    [TestCase(86_399, false, 0)]
    [TestCase(1, false, 0)]
    [TestCase(0, true, 0)]
    [TestCase(-1, true, -1)]
    [TestCase(-86_400, true, -1)]
    [TestCase(-86_401, true, -2)]
    public async Task ComputedFields_FollowTheClock(int secondsFromNowToExpiry, bool isExpired, int daysUntilExpiry)
    {
        var expiry = PinnedNow.AddSeconds(secondsFromNowToExpiry);

        var created = await CreateExpiringAtAsync("mentor-001", expiry);
        var read = await GetStatusAsync("mentor-001");
        var listed = (await ListAsync())["data"]![0]!;

        foreach (var (source, body) in new[] { ("POST", created.Body), ("GET", read.Body), ("list", listed) })
        {
            Assert.That((bool?)body["is_expired"], Is.EqualTo(isExpired), $"{source} is_expired");
            Assert.That((int?)body["days_until_expiry"], Is.EqualTo(daysUntilExpiry), $"{source} days_until_expiry");
        }
    }

    [Test]
    public async Task ComputedFields_ChangeAsTheClockMoves_WithoutAnyWrite()
    {
        var created = await CreateExpiringAtAsync("mentor-001", PinnedNow.AddDays(2));
        Assert.That((int?)created.Body["days_until_expiry"], Is.EqualTo(2));

        Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromTicks(1));
        var justBefore = await GetStatusAsync("mentor-001");

        Clock.Advance(TimeSpan.FromTicks(1));
        var atExpiry = await GetStatusAsync("mentor-001");

        Clock.Advance(TimeSpan.FromDays(3));
        var later = await GetStatusAsync("mentor-001");

        Assert.That(((bool?)justBefore.Body["is_expired"], (int?)justBefore.Body["days_until_expiry"]), Is.EqualTo((false, 0)));
        Assert.That(((bool?)atExpiry.Body["is_expired"], (int?)atExpiry.Body["days_until_expiry"]), Is.EqualTo((true, 0)));
        Assert.That(((bool?)later.Body["is_expired"], (int?)later.Body["days_until_expiry"]), Is.EqualTo((true, -3)));

        // The stored version did not change, so neither does the ETag.
        Assert.That(later.ETag, Is.EqualTo(created.ETag));
    }

    [Test]
    public async Task DaysUntilExpiry_CountsWholeDaysAcrossALeapDay()
    {
        var created = await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-001").ExpiringAt("2028-03-26T00:00:00Z"));

        Assert.That((int?)created.Body["days_until_expiry"], Is.EqualTo(731));
    }

    [Test]
    public async Task LastRenewalDate_IsTheIssueDateWhileThereIsNoRenewal()
    {
        var created = await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-001").IssuedAt("2023-09-01T00:00:00Z"));
        using var updated = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2029-01-01T00:00:00Z"));

        Assert.That((string?)created.Body["last_renewal_date"], Is.EqualTo("2023-09-01T00:00:00Z"));
        Assert.That((string?)(await ReadObjectAsync(updated))["last_renewal_date"], Is.EqualTo("2023-09-01T00:00:00Z"));
    }
}
