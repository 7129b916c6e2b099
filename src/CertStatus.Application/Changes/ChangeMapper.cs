using CertStatus.Application.Certifications;
using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Renewals;

namespace CertStatus.Application.Changes;

internal static class ChangeMapper
{
    /// <summary>The change as answered at <paramref name="now"/>: its data is mapped exactly as GET one maps the stored row.</summary>
    public static ChangeResponse ToResponse(this ChangeReadModel change, DateTimeOffset now) =>
        new(
            ChangeFeedNames.Of(change.Resource),
            change.Id,
            ChangeFeedNames.Of(change.Operation),
            change.ChangedAt,
            change.Certification?.ToResponse(now) ?? (object?)change.Renewal?.ToResponse());
}
