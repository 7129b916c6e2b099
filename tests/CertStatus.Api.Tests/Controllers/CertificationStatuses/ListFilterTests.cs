using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>SPEC §3 filters: certification_type, is_expired, expiring_within_days — combinable, with the total counting the filtered set.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ListFilterTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [TestCase("peer_mentor_advanced", new[] { "mentor-002" })]
    [TestCase("peer_mentor_standard", new[] { "mentor-001", "mentor-003" })]
    public async Task List_ByCertificationType_ReturnsOnlyThatType(string certificationType, string[] expected)
    {
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-001").WithType("peer_mentor_standard"));
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-002").WithType("peer_mentor_advanced"));
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-003").WithType("peer_mentor_standard"));

        var page = await ListAsync($"certification_type={certificationType}");

        Assert.That(MentorIds(page), Is.EqualTo(expected));
        Assert.That((int?)page["pagination"]!["total"], Is.EqualTo(expected.Length));
    }

    [TestCase("peer_mentor_expert")]
    [TestCase("PEER_MENTOR_STANDARD")]
    public async Task List_ByUnconfiguredCertificationType_Returns400NamingIt(string certificationType)
    {
        using var response = await GetAsync($"{Routes.Statuses}?certification_type={certificationType}");

        await AssertValidationProblemAsync(response, "certification_type");
    }

    [Test]
    public async Task List_IsExpiredTrue_IncludesExpiryExactlyNowAndEarlier()
    {
        await SeedAroundNowAsync();

        var page = await ListAsync("is_expired=true");

        Assert.That(MentorIds(page), Is.EqualTo(new[] { "expired-long-ago", "expired-now" }));
        Assert.That((int?)page["pagination"]!["total"], Is.EqualTo(2));
    }

    [Test]
    public async Task List_IsExpiredFalse_IncludesOnlyExpiryAfterNow()
    {
        await SeedAroundNowAsync();

        var page = await ListAsync("is_expired=false");

        Assert.That(MentorIds(page), Is.EqualTo(new[] { "expires-in-1s", "expires-in-30d", "expires-in-30d-1s", "expires-in-30d1s", "expires-in-a-year" }));
        Assert.That((int?)page["pagination"]!["total"], Is.EqualTo(5));
    }

    [TestCase("is_expired=True", new[] { "expired-long-ago", "expired-now" })]
    [TestCase("is_expired=FALSE", new[] { "expires-in-1s", "expires-in-30d", "expires-in-30d-1s", "expires-in-30d1s", "expires-in-a-year" })]
    public async Task List_IsExpired_AcceptsBooleansInAnyCase(string query, string[] expected)
    {
        await SeedAroundNowAsync();

        var page = await ListAsync(query);

        Assert.That(MentorIds(page), Is.EqualTo(expected), "the same set as the lower-case value selects");
    }

    [TestCase("is_expired=maybe")]
    [TestCase("is_expired=1")]
    public async Task List_WithIsExpiredNotABoolean_Returns400NamingIt(string query)
    {
        using var response = await GetAsync($"{Routes.Statuses}?{query}");

        await AssertValidationProblemAsync(response, "is_expired");
    }

    [Test]
    public async Task List_IsExpired_FollowsTheClock()
    {
        await CreateExpiringAtAsync("mentor-001", PinnedNow.AddDays(1));
        Assert.That(MentorIds(await ListAsync("is_expired=true")), Is.Empty);

        Clock.Advance(TimeSpan.FromDays(1));

        Assert.That(MentorIds(await ListAsync("is_expired=true")), Is.EqualTo(new[] { "mentor-001" }));
        Assert.That(MentorIds(await ListAsync("is_expired=false")), Is.Empty);
    }

    [Test]
    public async Task List_ExpiringWithinDays_IncludesNotYetExpiredUpToExactlyNDays()
    {
        await SeedAroundNowAsync();

        var page = await ListAsync("expiring_within_days=30");

        Assert.That(MentorIds(page), Is.EqualTo(new[] { "expires-in-1s", "expires-in-30d", "expires-in-30d-1s" }));
        Assert.That((int?)page["pagination"]!["total"], Is.EqualTo(3));
    }

    [Test]
    public async Task List_ExpiringWithinDays_FollowsTheClock()
    {
        await CreateExpiringAtAsync("mentor-001", PinnedNow.AddDays(10));
        Assert.That(MentorIds(await ListAsync("expiring_within_days=7")), Is.Empty);

        Clock.Advance(TimeSpan.FromDays(3));
        Assert.That(MentorIds(await ListAsync("expiring_within_days=7")), Is.EqualTo(new[] { "mentor-001" }));

        Clock.Advance(TimeSpan.FromDays(7));
        Assert.That(MentorIds(await ListAsync("expiring_within_days=7")), Is.Empty, "expired is no longer 'expiring'");
    }

    [TestCase("expiring_within_days=-1")]
    [TestCase("expiring_within_days=abc")]
    [TestCase("expiring_within_days=1.5")]
    public async Task List_WithExpiringWithinDaysNotANonNegativeInteger_Returns400NamingIt(string query)
    {
        using var response = await GetAsync($"{Routes.Statuses}?{query}");

        await AssertValidationProblemAsync(response, "expiring_within_days");
    }

    [TestCase("certification_type")]
    [TestCase("is_expired")]
    [TestCase("expiring_within_days")]
    [TestCase("sort")]
    public async Task List_WithEmptyFilterOrSortValue_Returns400NamingIt(string parameter)
    {
        // SPEC §3: bad values get 400. '?certification_type=' is not one of the configured types; answering
        // with every status is the silently ignored filter the unknown-parameter check exists to prevent
        // ('?page=' and '?limit=' are already refused).
        await CreateAsync("mentor-001");

        using var response = await GetAsync($"{Routes.Statuses}?{parameter}=");

        await AssertValidationProblemAsync(response, parameter);
    }

    [Test]
    public async Task List_WithFiltersCombined_ReturnsTheirIntersection()
    {
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("a-advanced-soon").WithType("peer_mentor_advanced").IssuedAt("2025-01-01T00:00:00Z").ExpiringAt(PinnedNow.AddDays(5)));
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("b-advanced-late").WithType("peer_mentor_advanced").IssuedAt("2025-01-01T00:00:00Z").ExpiringAt(PinnedNow.AddDays(50)));
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("c-advanced-expired").WithType("peer_mentor_advanced").IssuedAt("2025-01-01T00:00:00Z").ExpiringAt(PinnedNow.AddDays(-5)));
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("d-standard-soon").WithType("peer_mentor_standard").IssuedAt("2025-01-01T00:00:00Z").ExpiringAt(PinnedNow.AddDays(5)));

        var notExpiredAdvanced = await ListAsync("certification_type=peer_mentor_advanced&is_expired=false");
        var advancedSoon = await ListAsync("certification_type=peer_mentor_advanced&expiring_within_days=10&is_expired=false");
        var expiredAndSoon = await ListAsync("is_expired=true&expiring_within_days=10");

        Assert.That(MentorIds(notExpiredAdvanced), Is.EqualTo(new[] { "a-advanced-soon", "b-advanced-late" }));
        Assert.That(MentorIds(advancedSoon), Is.EqualTo(new[] { "a-advanced-soon" }));
        Assert.That(MentorIds(expiredAndSoon), Is.Empty);
    }

    [Test]
    public async Task List_WithAFilter_PagesWithinTheFilteredSet()
    {
        foreach (var i in Enumerable.Range(1, 5))
        {
            await CreateAsync(new CertificationStatusBuilder().WithMentorId($"adv-{i}").WithType("peer_mentor_advanced"));
            await CreateAsync(new CertificationStatusBuilder().WithMentorId($"std-{i}").WithType("peer_mentor_standard"));
        }

        var page = await ListAsync("certification_type=peer_mentor_advanced&limit=2&page=3");

        Assert.That(MentorIds(page), Is.EqualTo(new[] { "adv-5" }));
        Assert.That(page["pagination"]!.ToJsonString(), Is.EqualTo("""{"page":3,"limit":2,"total":5,"next_cursor":null}"""));
    }

    /// <summary>Mentors on both sides of "now" and of "now + 30 days".</summary>
    private async Task SeedAroundNowAsync()
    {
        await CreateExpiringAtAsync("expired-long-ago", PinnedNow.AddYears(-1));
        await CreateExpiringAtAsync("expired-now", PinnedNow);
        await CreateExpiringAtAsync("expires-in-1s", PinnedNow.AddSeconds(1));
        await CreateExpiringAtAsync("expires-in-30d-1s", PinnedNow.AddDays(30).AddSeconds(-1));
        await CreateExpiringAtAsync("expires-in-30d", PinnedNow.AddDays(30));
        await CreateExpiringAtAsync("expires-in-30d1s", PinnedNow.AddDays(30).AddSeconds(1));
        await CreateExpiringAtAsync("expires-in-a-year", PinnedNow.AddYears(1));
    }
}
