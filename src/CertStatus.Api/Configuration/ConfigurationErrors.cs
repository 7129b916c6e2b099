using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Configuration;

/// <summary>
/// The lines that say what is wrong with the configuration, one per bad key:
/// <c>RequestTimeouts:Seconds = "abc": must be a whole number of seconds from 1 to 3600</c>.
/// Secrets show their length only.
/// </summary>
internal sealed class ConfigurationErrors
{
    private readonly List<string> _lines = [];
    private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _lines.Count;

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Adds the first thing wrong with a key; a key that breaks several rules gets one line.</summary>
    public void Add(string key, string shownValue, string rule)
    {
        if (_keys.Add(key))
        {
            _lines.Add($"{key} = {shownValue}: {rule}");
        }
    }

    /// <summary>
    /// The configuration errors an exception from the start-up checks carries, the first for each key
    /// (two checks of one section may both find a key wrong), or none when it is about something else.
    /// </summary>
    public static IReadOnlyList<string> In(Exception exception)
    {
        IEnumerable<string> failures = exception switch
        {
            OptionsValidationException invalid => invalid.Failures,
            AggregateException aggregate when aggregate.InnerExceptions.All(inner => inner is OptionsValidationException) =>
                aggregate.InnerExceptions.SelectMany(inner => ((OptionsValidationException)inner).Failures),
            _ => [],
        };
        return [.. failures.DistinctBy(KeyOf, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>A value as given, quoted and escaped so that the error stays on one line.</summary>
    public static string Quote(string? value) =>
        value is null ? "(not set)" : $"\"{JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";

    /// <summary>
    /// A configured value as an error line shows it: quoted, a list as its entries, and a secret
    /// (<c>[DataType(DataType.Password)]</c>) only by its length.
    /// </summary>
    public static string Shown(PropertyInfo? property, IConfigurationSection value)
    {
        if (IsSecret(property))
        {
            return Redacted(value.Value);
        }

        if (property is not null && ValidatedOptions.IsList(property) && value.Path.EndsWith(property.Name, StringComparison.OrdinalIgnoreCase))
        {
            return $"[{string.Join(", ", value.GetChildren().Select(entry => Quote(entry.Value)))}]";
        }

        return Quote(value.Value);
    }

    /// <summary>A property marked <c>[DataType(DataType.Password)]</c>, whose value no line shows.</summary>
    public static bool IsSecret(PropertyInfo? property) =>
        property?.GetCustomAttribute<DataTypeAttribute>()?.DataType == DataType.Password;

    /// <summary>A secret: whether it is set and how long it is, never what it is.</summary>
    public static string Redacted(string? secret) =>
        string.IsNullOrEmpty(secret) ? Quote(secret) : $"({secret.Length} characters, not shown)";

    /// <summary>The key a line is about: what comes before " = ".</summary>
    private static string KeyOf(string line) => line.Split(" = ", 2)[0];
}
