using System.Diagnostics.Metrics;

namespace CertStatus.Application.Common.Telemetry;

/// <summary>The service's own counters, on the meter <see cref="MeterName"/>.</summary>
public sealed class CertStatusMetrics
{
    public const string MeterName = "CertStatus";

    private readonly Counter<long> _certificationsCreated;
    private readonly Counter<long> _certificationsDeleted;
    private readonly Counter<long> _renewalsRecorded;
    private readonly Counter<long> _validationFailures;

    public CertStatusMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _certificationsCreated = meter.CreateCounter<long>("certstatus.certifications.created", "{certification}", "Certification statuses created.");
        _certificationsDeleted = meter.CreateCounter<long>("certstatus.certifications.deleted", "{certification}", "Certification statuses deleted.");
        _renewalsRecorded = meter.CreateCounter<long>("certstatus.renewals.recorded", "{renewal}", "Renewals recorded.");
        _validationFailures = meter.CreateCounter<long>("certstatus.validation.failures", "{request}", "Requests refused by validation, by message.");
    }

    public void CertificationCreated() => _certificationsCreated.Add(1);

    public void CertificationDeleted() => _certificationsDeleted.Add(1);

    public void RenewalRecorded() => _renewalsRecorded.Add(1);

    public void ValidationFailed(string messageName) =>
        _validationFailures.Add(1, new KeyValuePair<string, object?>("message", messageName));
}
