using CertStatus.Domain.Certifications;
using Riok.Mapperly.Abstractions;

namespace CertStatus.Application.Renewals;

[Mapper]
internal static partial class RenewalMapper
{
    [MapperIgnoreSource(nameof(Renewal.Number))]
    [MapperIgnoreSource(nameof(Renewal.Sequence))]
    public static partial RenewalResponse ToResponse(this Renewal renewal);

    /// <summary>A stored renewal row; its public id is spelled by the same rule as the aggregate's (<see cref="RenewalIds"/>).</summary>
    [MapProperty(nameof(RenewalReadModel.Number), nameof(RenewalResponse.RenewalId), Use = nameof(FormatRenewalId))]
    public static partial RenewalResponse ToResponse(this RenewalReadModel renewal);

    private static string FormatRenewalId(long number) => RenewalIds.Format(number);
}
