using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Concurrency;
using Mediator;

namespace CertStatus.Application.Renewals.DeleteRenewal;

public sealed record DeleteRenewalCommand(string RenewalId, IfMatch? IfMatch = null)
    : ICommand<DeleteRenewalResponse>, IRetryOnConcurrencyConflict;
