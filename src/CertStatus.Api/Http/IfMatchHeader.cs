using CertStatus.Application.Common.Concurrency;
using Microsoft.Net.Http.Headers;

namespace CertStatus.Api.Http;

/// <summary>Reads an If-Match header (RFC 9110 §13.1.1) into the application's precondition.</summary>
internal static class IfMatchHeader
{
    /// <summary>
    /// Null when the header is absent. Weak tags never match (If-Match uses strong comparison), nor
    /// do tags that name no stored version; a header that cannot be parsed matches nothing, so the
    /// write is refused rather than guessed at.
    /// </summary>
    public static IfMatch? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList([value], out var tags))
        {
            return IfMatch.OneOf();
        }

        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)))
        {
            return IfMatch.Any;
        }

        var versions = new List<Guid>();
        foreach (var tag in tags.Where(tag => !tag.IsWeak))
        {
            if (EntityTag.TryReadVersion(tag.Tag.ToString(), out var version))
            {
                versions.Add(version);
            }
        }

        return IfMatch.OneOf([.. versions]);
    }
}
