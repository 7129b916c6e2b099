using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Concurrency;
using Mediator;

namespace CertStatus.Application.Renewals.CorrectRenewal;

/// <summary>Corrects a renewal's new expiry date and/or notes; an empty string clears the notes.</summary>
public sealed record CorrectRenewalCommand(
    string RenewalId,
    DateTimeOffset? NewExpiryDate,
    string? Notes,
    IfMatch? IfMatch = null) : ICommand<RenewalResponse>, IRetryOnConcurrencyConflict;
