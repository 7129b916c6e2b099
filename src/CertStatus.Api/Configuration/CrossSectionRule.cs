using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Configuration;

/// <summary>
/// A rule between a value of one section and another section (<see cref="ValidatedOptions.AddValidatedRule{TOptions, TOther}"/>).
/// It is judged only once the other section passes its own checks: until then those name what is
/// wrong, and a rule read against a value the start refuses would only add a misleading line.
/// </summary>
internal sealed class CrossSectionRule<TOptions, TOther>(
    IConfigurationSection value,
    IOptions<TOther> other,
    Func<TOptions, TOther, string?> problem) : IValidateOptions<TOptions>
    where TOptions : class
    where TOther : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        TOther otherOptions;
        try
        {
            otherOptions = other.Value;
        }
        catch (OptionsValidationException)
        {
            return ValidateOptionsResult.Skip;
        }

        if (problem(options, otherOptions) is not { } rule)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new ConfigurationErrors();
        errors.Add(value.Path, Shown(options), rule);
        return ValidateOptionsResult.Fail(errors.Lines);
    }

    /// <summary>The value as configured; left out, the default in force (which a secret never shows).</summary>
    private string Shown(TOptions options)
    {
        var property = typeof(TOptions).GetProperty(value.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return value.Exists() || property is null || ConfigurationErrors.IsSecret(property)
            ? ConfigurationErrors.Shown(property, value)
            : ConfigurationErrors.Quote(Convert.ToString(property.GetValue(options), CultureInfo.InvariantCulture));
    }
}
