using System.ComponentModel.DataAnnotations;

namespace CertStatus.Api.Configuration;

/// <summary>
/// An absolute http or https URL with a host, or empty (the setting is off). The framework's
/// <see cref="UrlAttribute"/> checks only the scheme's prefix ("http://" alone passes).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class AbsoluteUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string { Length: > 0 } text || IsHttpUrl(text);

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
