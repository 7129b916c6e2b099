using System.ComponentModel.DataAnnotations;

namespace CertStatus.Api.Configuration;

/// <summary>
/// The time limit of every request (configuration section <c>RequestTimeouts</c>). It cannot be
/// turned off: it is what keeps a stuck database from holding callers forever.
/// </summary>
internal sealed class RequestTimeLimitOptions
{
    public const string SectionName = "RequestTimeouts";

    [Range(1, 3600, ErrorMessage = "must be a whole number of seconds from 1 to 3600 (the limit cannot be turned off)")]
    public int Seconds { get; set; } = 30;
}
