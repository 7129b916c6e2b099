using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Concurrency;
using Mediator;

namespace CertStatus.Application.Certifications.DeleteCertification;

public sealed record DeleteCertificationCommand(string MentorId, IfMatch? IfMatch = null)
    : ICommand<DeleteCertificationResponse>, IRetryOnConcurrencyConflict;
