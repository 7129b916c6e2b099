using System.ComponentModel.DataAnnotations;
using Serilog.Events;

namespace CertStatus.Api.Configuration;

/// <summary>
/// The levels of the <c>Serilog:MinimumLevel</c> section. Serilog reads the section itself, while
/// the host is built and before the start-up checks, and stops at a level it does not know with a
/// message that names no key; checked here, a bad level is reported like any other key.
/// </summary>
internal sealed class LogLevelOptions : IValidatableObject
{
    public const string SectionName = "Serilog:MinimumLevel";

    /// <summary>Serilog parses levels case-sensitively, and also takes numbers; only the names are allowed here.</summary>
    private static readonly string[] Levels = Enum.GetNames<LogEventLevel>();

    public string? Default { get; set; }

    /// <summary>Levels by source (<c>Microsoft.AspNetCore</c>, <c>Microsoft.EntityFrameworkCore</c>, …).</summary>
    public IDictionary<string, string> Override { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether Serilog can be given the section: with a bad level it would throw before the checks say which.</summary>
    public bool AreValid => IsLevel(Default) && Override.Values.All(IsLevel);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var rule = $"must be one of {string.Join(", ", Levels)}, written as here";
        if (!IsLevel(Default))
        {
            yield return new ValidationResult(rule, [nameof(Default)]);
        }

        foreach (var (source, level) in Override)
        {
            if (!IsLevel(level))
            {
                yield return new ValidationResult(rule, [$"{nameof(Override)}:{source}"]);
            }
        }
    }

    private static bool IsLevel(string? level) => level is null || Levels.Contains(level, StringComparer.Ordinal);
}
