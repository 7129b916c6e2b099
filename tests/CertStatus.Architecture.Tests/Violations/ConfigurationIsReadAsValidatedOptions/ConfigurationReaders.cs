using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CertStatus.Architecture.Tests.Violations.ConfigurationIsReadAsValidatedOptions;

[Violates("Microsoft.Extensions.Configuration")]
public sealed class ReadsAKeyItself(IConfiguration configuration)
{
    public string? Provider() => configuration["Database:Provider"];
}

/// <summary>The control: a setting reached through its validated options.</summary>
public sealed class TakesItsOptions(IOptions<TimeoutSettings> options)
{
    public int Seconds() => options.Value.Seconds;
}

public sealed class TimeoutSettings
{
    public int Seconds { get; set; }
}
