using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Concurrency;
using Mediator;

namespace CertStatus.Application.Certifications.ChangeCertificationExpiry;

public sealed record ChangeCertificationExpiryCommand(
    string MentorId,
    DateTimeOffset? ExpiryDate,
    string? UpdatedReason,
    IfMatch? IfMatch = null) : ICommand<CertificationResponse>, IRetryOnConcurrencyConflict;
