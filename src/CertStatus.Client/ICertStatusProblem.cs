namespace CertStatus.Client;

/// <summary>An RFC 9457 problem as the service sends it; every problem type of the SDK is one.</summary>
public interface ICertStatusProblem
{
    string? Type { get; }

    string? Title { get; }

    int? Status { get; }

    string? Detail { get; }

    /// <summary>Extension members, such as the service's <c>traceId</c>.</summary>
    IDictionary<string, object> AdditionalProperties { get; }
}

public partial class CertStatusProblemDetails : ICertStatusProblem;

public partial class CertStatusValidationProblemDetails : ICertStatusProblem;
