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

    private static string FormatETag(Guid version) => ETags.For(version);
}
