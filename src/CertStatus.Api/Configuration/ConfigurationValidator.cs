using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Configuration;

/// <summary>
/// Checks options bound from one configuration section, one line per bad key (see
/// <see cref="ConfigurationErrors"/>): values that do not convert to their property's type, empty
/// entries in lists, then the options' data annotations and <see cref="IValidatableObject"/> rules.
/// Only what the configuration gives is checked: a key it leaves out keeps its default, which is
/// valid by construction (a test starts the service on appsettings.json alone).
/// </summary>
internal sealed class ConfigurationValidator<TOptions>(IConfiguration configuration, string sectionPath) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var section = configuration.GetSection(sectionPath);
        var errors = new ConfigurationErrors();
        foreach (var property in ValidatedOptions.BoundProperties(typeof(TOptions)))
        {
            var value = section.GetSection(property.Name);
            if (!value.Exists())
            {
                continue;
            }

            if (!Converts(value, property.PropertyType))
            {
                errors.Add(value.Path, ConfigurationErrors.Shown(property, value), RuleFor(property));
            }
            else if (ValidatedOptions.IsList(property))
            {
                foreach (var entry in value.GetChildren().Where(entry => string.IsNullOrWhiteSpace(entry.Value) && !entry.GetChildren().Any()))
                {
                    errors.Add(entry.Path, ConfigurationErrors.Quote(entry.Value), "must not be empty (remove the entry instead)");
                }
            }
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                if (IsConfigured(section, member))
                {
                    var property = typeof(TOptions).GetProperty(member.Split(':')[0]);
                    errors.Add(section.GetSection(member).Path, ConfigurationErrors.Shown(property, section.GetSection(member)), result.ErrorMessage ?? "is not allowed");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Lines);
    }

    private static bool Converts(IConfigurationSection value, Type type)
    {
        try
        {
            value.Get(type);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>JSON's <c>[]</c> and <c>null</c> leave a key with neither a value nor children, which <c>Exists()</c> does not count.</summary>
    private static bool IsConfigured(IConfigurationSection section, string member) =>
        section.GetSection(member).Exists()
        || section.GetChildren().Any(child => string.Equals(child.Key, member, StringComparison.OrdinalIgnoreCase));

    /// <summary>What the property allows: its annotation's message, or what its type takes.</summary>
    private static string RuleFor(PropertyInfo property)
    {
        if (property.GetCustomAttributes<ValidationAttribute>().FirstOrDefault(attribute => attribute.ErrorMessage is not null) is { } annotation)
        {
            return annotation.ErrorMessage!;
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type switch
        {
            _ when type == typeof(bool) => "must be true or false",
            _ when type.IsEnum => $"must be one of: {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(int) => "must be a whole number",
            _ when type == typeof(TimeSpan) => "must be a duration written d.hh:mm:ss",
            _ => $"must be a {type.Name}",
        };
    }
}
