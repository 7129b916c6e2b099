using System.Reflection;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Configuration;

/// <summary>
/// Options bound from a configuration section and checked before the service starts, so that a bad
/// value stops the process, before it listens, with a line naming the key, the value and what is
/// allowed (<see cref="ConfigurationValidator{TOptions}"/>).
/// </summary>
internal static class ValidatedOptions
{
    /// <summary>
    /// Registers <typeparamref name="TOptions"/> bound from <paramref name="sectionPath"/> and checked
    /// at start, and returns its values as bound now. This is the only way the service reads its
    /// configuration (Serilog reads the rest of its own section): while the host is built, setup code
    /// takes its decisions from the returned values (which database, whether a feature is on) and
    /// configures the framework's options with them, some of which the host reads before any check;
    /// everything that runs once it is built (middleware setup, services) takes
    /// <c>IOptions&lt;TOptions&gt;</c>. A bad value never takes effect: the start is refused first.
    /// </summary>
    public static TOptions AddValidatedOptions<TOptions>(this WebApplicationBuilder builder, string sectionPath)
        where TOptions : class, new()
    {
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(services =>
            new ConfigurationValidator<TOptions>(services.GetRequiredService<IConfiguration>(), sectionPath));
        builder.Services.AddOptions<TOptions>()
            .Configure<IConfiguration>((options, configuration) => Bind(configuration.GetSection(sectionPath), options))
            .ValidateOnStart();

        var asConfigured = new TOptions();
        Bind(builder.Configuration.GetSection(sectionPath), asConfigured);
        return asConfigured;
    }

    /// <summary>
    /// Adds a rule that a value of one section keeps with another section (the in-flight timeout with
    /// the request time limit, the connection string with the provider), reported like the section's
    /// own checks: one line naming the key and showing its value. Both sections are registered by
    /// <see cref="AddValidatedOptions{TOptions}"/>; <paramref name="problem"/> says what is wrong, or null.
    /// </summary>
    public static WebApplicationBuilder AddValidatedRule<TOptions, TOther>(
        this WebApplicationBuilder builder,
        string sectionPath,
        string propertyName,
        Func<TOptions, TOther, string?> problem)
        where TOptions : class
        where TOther : class
    {
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(services => new CrossSectionRule<TOptions, TOther>(
            services.GetRequiredService<IConfiguration>().GetSection(sectionPath).GetSection(propertyName),
            services.GetRequiredService<IOptions<TOther>>(),
            problem));
        return builder;
    }

    /// <summary>The properties a section binds: settable ones, and collections filled in place.</summary>
    public static IEnumerable<PropertyInfo> BoundProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && (property.CanWrite || IsList(property)));

    public static bool IsList(PropertyInfo property) =>
        property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable));

    /// <summary>
    /// Binds each property on its own, with the framework's binder. Bound whole, the binder stops at
    /// the first value it cannot convert and leaves the properties after it unbound, so their own
    /// mistakes would go unreported; a value that does not convert keeps its default here, and the
    /// validator reports it.
    /// </summary>
    private static void Bind(IConfigurationSection section, object options)
    {
        foreach (var property in BoundProperties(options.GetType()))
        {
            var value = section.GetSection(property.Name);
            if (!value.Exists())
            {
                continue;
            }

            try
            {
                if (property.CanWrite)
                {
                    if (value.Get(property.PropertyType) is { } bound)
                    {
                        property.SetValue(options, bound);
                    }
                }
                else if (property.GetValue(options) is { } collection)
                {
                    value.Bind(collection);
                }
            }
            catch (InvalidOperationException)
            {
                // Reported by ConfigurationValidator, with the value; the start is refused.
            }
        }
    }
}
