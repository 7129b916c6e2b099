using System.ComponentModel.DataAnnotations;

namespace CertStatus.Application.Common.Validation;

/// <summary>The certification types this deployment accepts (configuration key <c>Certification:Types</c>).</summary>
public sealed class CertificationTypeOptions
{
    public const string SectionName = "Certification";

    public static IReadOnlyList<string> DefaultTypes { get; } = ["peer_mentor_standard", "peer_mentor_advanced"];

    [MinLength(1, ErrorMessage = "must list at least one certification type (leave the key out for the defaults)")]
    public IList<string> Types { get; } = [];

    /// <summary>The configured types, or the defaults when none are configured.</summary>
    public IReadOnlyList<string> Allowed => Types.Count == 0 ? DefaultTypes : [.. Types];
}
