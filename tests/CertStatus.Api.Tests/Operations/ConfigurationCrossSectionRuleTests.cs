using System.ComponentModel.DataAnnotations;
using CertStatus.Api.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// A rule between two sections (<see cref="ValidatedOptions.AddValidatedRule{TOptions, TOther}"/>)
/// reports as a section's own checks do, and waits for the other section to pass its own.
/// </summary>
public sealed class ConfigurationCrossSectionRuleTests
{
    private const string Rule = "must be longer than Other:Seconds";

    [Test]
    public void Rule_WhenKept_Succeeds()
    {
        var result = Validate(new() { ["Timing:Timeout"] = "00:02:00" }, new Timing { Timeout = TimeSpan.FromMinutes(2) });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Rule_WhenBroken_ShowsTheValueAsConfigured()
    {
        var result = Validate(new() { ["Timing:Timeout"] = "0:0:30" }, new Timing { Timeout = TimeSpan.FromSeconds(30) });

        Assert.That(result.Failures, Is.EqualTo(new[] { $"Timing:Timeout = \"0:0:30\": {Rule}" }));
    }

    [Test]
    public void Rule_WhenBrokenByADefault_ShowsTheDefaultInForce()
    {
        var result = Validate([], new Timing());

        Assert.That(result.Failures, Is.EqualTo(new[] { $"Timing:Timeout = \"00:01:00\": {Rule}" }));
    }

    [TestCase("hunter2", "(7 characters, not shown)")]
    [TestCase(null, "(not set)")]
    public void Rule_OnASecret_NeverShowsIt(string? configured, string shown)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Timing:Key"] = configured }).Build();
        var rule = new CrossSectionRule<Timing, Other>(configuration.GetSection("Timing:Key"), Options.Create(new Other()), (_, _) => "is not the key");

        var result = rule.Validate(Options.DefaultName, new Timing { Key = configured ?? "built-in-secret" });

        Assert.That(result.Failures, Is.EqualTo(new[] { $"Timing:Key = {shown}: is not the key" }));
    }

    [Test]
    public void Rule_WhileTheOtherSectionIsRefused_IsSkipped()
    {
        var configuration = new ConfigurationBuilder().Build();
        var rule = new CrossSectionRule<Timing, Other>(configuration.GetSection("Timing:Timeout"), new RefusedOptions(), TimeoutOutlasts);

        var result = rule.Validate(Options.DefaultName, new Timing());

        Assert.That(result.Skipped, Is.True);
    }

    private static ValidateOptionsResult Validate(Dictionary<string, string?> settings, Timing timing)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var rule = new CrossSectionRule<Timing, Other>(configuration.GetSection("Timing:Timeout"), Options.Create(new Other()), TimeoutOutlasts);
        return rule.Validate(Options.DefaultName, timing);
    }

    private static string? TimeoutOutlasts(Timing timing, Other other) =>
        timing.Timeout > TimeSpan.FromSeconds(other.Seconds) ? null : Rule;

    private sealed class Timing
    {
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);

        [DataType(DataType.Password)]
        public string? Key { get; set; }
    }

    private sealed class Other
    {
        public int Seconds { get; set; } = 60;
    }

    private sealed class RefusedOptions : IOptions<Other>
    {
        public Other Value => throw new OptionsValidationException(Options.DefaultName, typeof(Other), ["Other:Seconds = \"0\": is refused"]);
    }
}
