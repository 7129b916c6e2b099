using CertStatus.Application.Common.Concurrency;
using CertStatus.Domain.Certifications;
using Riok.Mapperly.Abstractions;

namespace CertStatus.Application.Renewals;

[Mapper]
internal static partial class RenewalMapper
{
    [MapProperty(nameof(Renewal.Version), nameof(RenewalResponse.ETag), Use = nameof(FormatETag))]
    [MapperIgnoreSource(nameof(Renewal.Number))]
    [MapperIgnoreSource(nameof(Renewal.Sequence))]
    public static partial RenewalResponse ToResponse(this Renewal renewal);

    /// <summary>A stored renewal row; its public id is spelled by the same rule as the aggregate's (<see cref="RenewalIds"/>).</summary>
    [MapProperty(nameof(RenewalReadModel.Number), nameof(RenewalResponse.RenewalId), Use = nameof(FormatRenewalId))]
    [MapProperty(nameof(RenewalReadModel.Version), nameof(RenewalResponse.ETag), Use = nameof(FormatETag))]
    public static partial RenewalResponse ToResponse(this RenewalReadModel renewal);

    private static string FormatETag(Guid version) => ETags.For(version);

    private static string FormatRenewalId(long number) => RenewalIds.Format(number);
}
