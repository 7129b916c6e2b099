using System.ComponentModel.DataAnnotations;

namespace CertStatus.Application.Common.ChangeFeed;

/// <summary>How long the change feed keeps changes (configuration section <c>ChangeFeed</c>).</summary>
public sealed class ChangeFeedOptions
{
    public const string SectionName = "ChangeFeed";

    /// <summary>
    /// Days a change is kept; a token older than the oldest change kept gets a 410 and its consumer
    /// resyncs. A consumer that stops reading for longer than this must resync.
    /// </summary>
    [Range(1, 36_500, ErrorMessage = "must be a whole number of days from 1 to 36500")]
    public int RetentionDays { get; set; } = 30;
}
