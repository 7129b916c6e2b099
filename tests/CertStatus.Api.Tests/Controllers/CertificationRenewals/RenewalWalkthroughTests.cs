using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>
/// A certification's life through its renewals, step by step: expiry_date, last_renewal_date and
/// days_until_expiry follow every renewal, correction and deletion as SPEC §2 says.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RenewalWalkthroughTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string MentorId = "mentor-walk";

    [Test]
    public async Task ThreeRenewals_Corrected_AndDeleted_MoveTheCertificationAsSpecified()
    {
        await CreateAsync(new CertificationStatusBuilder().WithMentorId(MentorId).IssuedAt("2024-04-01T00:00:00Z").ExpiringAt("2026-04-01T00:00:00Z"));
        await StepAsync("issued", "2026-04-01T00:00:00Z | 2024-04-01T00:00:00Z | 6");

        Clock.AdjustTime(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero));
        var first = await RecordAsync(MentorId, "2026-03-28T00:00:00Z", "2027-04-01T00:00:00Z");
        Assert.That(first["previous_expiry_date"], Is.EqualTo("2026-04-01T00:00:00Z"));
        await StepAsync("first renewal", "2027-04-01T00:00:00Z | 2026-03-28T00:00:00Z | 369");

        Clock.AdjustTime(new DateTimeOffset(2027, 3, 30, 12, 0, 0, TimeSpan.Zero));
        var second = await RecordAsync(MentorId, "2027-03-30T00:00:00Z", "2028-04-01T00:00:00Z");
        Assert.That(second["previous_expiry_date"], Is.EqualTo("2027-04-01T00:00:00Z"));
        await StepAsync("second renewal", "2028-04-01T00:00:00Z | 2027-03-30T00:00:00Z | 367");

        Clock.AdjustTime(new DateTimeOffset(2028, 3, 31, 0, 0, 0, TimeSpan.Zero));
        var third = await RecordAsync(MentorId, "2028-03-31T00:00:00Z", "2029-04-01T00:00:00Z");
        Assert.That(third["previous_expiry_date"], Is.EqualTo("2028-04-01T00:00:00Z"));
        await StepAsync("third renewal", "2029-04-01T00:00:00Z | 2028-03-31T00:00:00Z | 366");

        // Correcting the latest moves the certification; correcting an older one does not.
        await CorrectAsync(third, "2029-06-01T00:00:00Z");
        await StepAsync("latest corrected", "2029-06-01T00:00:00Z | 2028-03-31T00:00:00Z | 427");
        await CorrectAsync(first, "2027-05-01T00:00:00Z");
        await StepAsync("oldest corrected", "2029-06-01T00:00:00Z | 2028-03-31T00:00:00Z | 427");

        // Time passes: the expiry stays, the days count down.
        Clock.Advance(TimeSpan.FromDays(100));
        await StepAsync("100 days later", "2029-06-01T00:00:00Z | 2028-03-31T00:00:00Z | 327");

        // Deleting an older renewal changes no dates; deleting the latest restores what it replaced.
        await DeleteRenewalAsync(second);
        await StepAsync("middle deleted", "2029-06-01T00:00:00Z | 2028-03-31T00:00:00Z | 327");
        await DeleteRenewalAsync(third);
        await StepAsync("latest deleted", "2028-04-01T00:00:00Z | 2026-03-28T00:00:00Z | -99");
        Assert.That((bool?)(await GetStatusAsync(MentorId)).Body["is_expired"], Is.True);

        // A new renewal replaces the restored expiry and names it as previous.
        var fourth = await RecordAsync(MentorId, "2028-07-09T00:00:00Z", "2029-07-09T00:00:00Z");
        Assert.That(fourth["previous_expiry_date"], Is.EqualTo("2028-04-01T00:00:00Z"));
        await StepAsync("renewed after lapsing", "2029-07-09T00:00:00Z | 2028-07-09T00:00:00Z | 365");

        await DeleteRenewalAsync(fourth);
        await DeleteRenewalAsync(first);
        await StepAsync("all deleted", "2026-04-01T00:00:00Z | 2024-04-01T00:00:00Z | -830");
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    private async Task StepAsync(string step, string expected) =>
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo(expected), step);

    private async Task CorrectAsync(RenewalResource renewal, string newExpiryDate)
    {
        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(newExpiryDate));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private async Task DeleteRenewalAsync(RenewalResource renewal)
    {
        using var response = await DeleteAsync(Routes.Renewal(renewal.RenewalId));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
