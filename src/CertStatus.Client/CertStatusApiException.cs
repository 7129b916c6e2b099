namespace CertStatus.Client;

public partial class CertStatusApiException<TResult>
{
    /// <summary>The problem the service described (status, title, detail, trace id and field errors), so that a logged message says what went wrong.</summary>
    public override string Message
    {
        get
        {
            if (Result is not ICertStatusProblem problem)
            {
                return base.Message;
            }

            var traceId = problem.AdditionalProperties.TryGetValue("traceId", out var value) ? $" (traceId {value})" : string.Empty;
            var errors = problem is CertStatusValidationProblemDetails { Errors.Count: > 0 } validation
                ? " Errors: " + string.Join("; ", validation.Errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}"))
                : string.Empty;
            return $"{problem.Status} {problem.Title}: {problem.Detail}{traceId}{errors}";
        }
    }
}
