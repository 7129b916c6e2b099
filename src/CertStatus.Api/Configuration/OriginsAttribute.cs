using System.ComponentModel.DataAnnotations;

namespace CertStatus.Api.Configuration;

/// <summary>
/// Every entry of a list is a browser origin as browsers send it: http or https, a host and an
/// optional port, nothing after (<c>https://portal.example.org</c>). CORS compares origins as
/// text, so one with a path or a trailing slash would never match. Each bad entry is reported
/// under its own key (<c>AllowedOrigins:0</c>); empty entries are the validator's.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OriginsAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not IEnumerable<string?> origins)
        {
            return ValidationResult.Success;
        }

        var bad = origins
            .Select((origin, index) => (origin, index))
            .Where(entry => !string.IsNullOrWhiteSpace(entry.origin) && !IsOrigin(entry.origin))
            .Select(entry => $"{validationContext.MemberName}:{entry.index}")
            .ToList();
        return bad.Count == 0 ? ValidationResult.Success : new ValidationResult(ErrorMessage, bad);
    }

    private static bool IsOrigin(string origin) =>
        AbsoluteUrlAttribute.IsHttpUrl(origin)
        && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.UserInfo.Length == 0
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase);
}
