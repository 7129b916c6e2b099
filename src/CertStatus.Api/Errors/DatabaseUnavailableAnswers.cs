namespace CertStatus.Api.Errors;

/// <summary>
/// Marks a request answered 503 because the database cannot serve it. Its cause is logged once, when
/// the database's state changes, so the request log keeps such answers below Warning.
/// </summary>
internal static class DatabaseUnavailableAnswers
{
    private static readonly object Key = new();

    public static void Mark(HttpContext httpContext) => httpContext.Items[Key] = true;

    public static bool IsMarked(HttpContext httpContext) => httpContext.Items.ContainsKey(Key);
}
