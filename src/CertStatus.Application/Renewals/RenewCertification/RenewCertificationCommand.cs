using CertStatus.Application.Common.Behaviors;
using Mediator;

namespace CertStatus.Application.Renewals.RenewCertification;

/// <summary>Records a renewal of a mentor's certification. Fields are nullable because callers may omit them; the validator insists.</summary>
public sealed record RenewCertificationCommand(
    string? MentorId,
    DateTimeOffset? RenewalDate,
    DateTimeOffset? NewExpiryDate,
    string? ProcessedBy,
    string? Notes) : ICommand<RenewalResponse>, IRetryOnConcurrencyConflict;
