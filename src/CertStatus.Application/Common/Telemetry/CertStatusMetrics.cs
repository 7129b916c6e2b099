using System.Diagnostics.Metrics;
using CertStatus.Domain.Certifications.Events;
using CertStatus.Domain.Common;

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

    /// <summary>Counts what an aggregate recorded, once it has been committed.</summary>
    public void Count(IDomainEvent domainEvent)
    {
        var counter = domainEvent switch
        {
            CertificationIssued => _certificationsCreated,
            CertificationDeleted => _certificationsDeleted,
            RenewalRecorded => _renewalsRecorded,
            _ => null,
        };
        counter?.Add(1);
    }

    public void ValidationFailed(string messageName) =>
        _validationFailures.Add(1, new KeyValuePair<string, object?>("message", messageName));
}
