using CertStatus.Application.Certifications.CreateCertification;
using CertStatus.Application.Certifications.DeleteCertification;
using CertStatus.Application.Common.Telemetry;
using CertStatus.Application.Renewals.RenewCertification;
using FluentValidation;
using Mediator;

namespace CertStatus.Application.Common.Behaviors;

/// <summary>Counts what the service did, in one place rather than in every handler.</summary>
public sealed class MetricsBehavior<TMessage, TResponse>(CertStatusMetrics metrics)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (ValidationException)
        {
            metrics.ValidationFailed(typeof(TMessage).Name);
            throw;
        }

        switch (message)
        {
            case CreateCertificationCommand:
                metrics.CertificationCreated();
                break;
            case DeleteCertificationCommand:
                metrics.CertificationDeleted();
                break;
            case RenewCertificationCommand:
                metrics.RenewalRecorded();
                break;
        }

        return response;
    }
}
