namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// A bad configuration value stops the start (issue 15): the real host, built by <c>Program</c> from
/// appsettings.json with one value on top, refuses it with one line naming the full key, the value
/// given and what is allowed. Values at the edges of what is allowed start.
/// ConfigurationProcessTests checks the same lines as the published service prints them.
/// </summary>
public sealed class ConfigurationValidationTests
{
    private const string TimeLimitRule = "must be a whole number of seconds from 1 to 3600 (the limit cannot be turned off)";
    private const string PermitLimitRule = "must be a whole number of requests from 1 to 1000000, or unset (null) to turn rate limiting off";
    private const string WindowRule = "must be a whole number of seconds from 1 to 86400";
    private const string ShutdownRule = "must be a whole number of seconds from 1 to 3600";
    private const string ProviderRule = "must be Sqlite or SqlServer";
    private const string OriginRule = "must be an origin: http or https, a host and an optional port, nothing after (e.g. https://portal.example.org)";
    private const string EndpointRule = "must be an absolute http or https URL (e.g. http://otel-collector:4317), or empty to turn export off";
    private const string AuthorityRule = "must be an absolute https URL (e.g. https://login.microsoftonline.com/<tenant>/v2.0), or empty";
    private const string EmptyEntryRule = "must not be empty (remove the entry instead)";
    private const string KeyLifetimeRule = "must be a duration from 00:00:01 to 365.00:00:00 (d.hh:mm:ss)";
    private const string InFlightRule = "must be a duration from 00:00:01 to 1.00:00:00 (d.hh:mm:ss)";
    private const string RetentionRule = "must be a whole number of days from 1 to 36500";
    private const string LevelRule = "must be one of Verbose, Debug, Information, Warning, Error, Fatal, written as here";

    [TestCase("RequestTimeouts:Seconds", "abc", TimeLimitRule)]
    [TestCase("RequestTimeouts:Seconds", "-1", TimeLimitRule)]
    [TestCase("RequestTimeouts:Seconds", "0", TimeLimitRule)]
    [TestCase("RequestTimeouts:Seconds", "", TimeLimitRule)]
    [TestCase("RequestTimeouts:Seconds", "1.5", TimeLimitRule)]
    [TestCase("RequestTimeouts:Seconds", "3601", TimeLimitRule)]
    [TestCase("RateLimiting:PermitLimit", "-5", PermitLimitRule)]
    [TestCase("RateLimiting:PermitLimit", "0", PermitLimitRule)]
    [TestCase("RateLimiting:PermitLimit", "ten", PermitLimitRule)]
    [TestCase("RateLimiting:WindowSeconds", "0", WindowRule)]
    [TestCase("RateLimiting:WindowSeconds", "-60", WindowRule)]
    [TestCase("RateLimiting:WindowSeconds", "86401", WindowRule)]
    [TestCase("Shutdown:TimeoutSeconds", "-1", ShutdownRule)]
    [TestCase("Shutdown:TimeoutSeconds", "0", ShutdownRule)]
    [TestCase("Shutdown:TimeoutSeconds", "30s", ShutdownRule)]
    [TestCase("Database:MigrateOnStartup", "maybe", "must be true or false")]
    [TestCase("Database:MigrateOnStartup", "1", "must be true or false")]
    [TestCase("Database:Provider", "", ProviderRule)]
    [TestCase("Database:Provider", "Oracle", ProviderRule)]
    [TestCase("Database:Provider", "7", ProviderRule)]
    [TestCase("Cors:AllowedOrigins:0", "not-a-url", OriginRule)]
    [TestCase("Cors:AllowedOrigins:0", "https://portal.example.org/", OriginRule)]
    [TestCase("Cors:AllowedOrigins:0", "https://portal.example.org/app", OriginRule)]
    [TestCase("Cors:AllowedOrigins:0", "ftp://portal.example.org", OriginRule)]
    [TestCase("Cors:AllowedOrigins:0", "*", OriginRule)]
    [TestCase("Cors:AllowedOrigins:0", "", EmptyEntryRule)]
    [TestCase("Certification:Types:0", "", EmptyEntryRule)]
    [TestCase("Certification:Types:1", "  ", EmptyEntryRule)]
    [TestCase("OpenTelemetry:Endpoint", "not-a-url", EndpointRule)]
    [TestCase("OpenTelemetry:Endpoint", "otel-collector:4317", EndpointRule)]
    [TestCase("OpenTelemetry:Endpoint", "http://", EndpointRule)]
    [TestCase("Authentication:Authority", "not-a-url", AuthorityRule)]
    [TestCase("Authentication:Authority", "http://login.example.org", "must be an https URL while Authentication:RequireHttpsMetadata is true (set it to false only for a local identity provider)")]
    [TestCase("Authentication:RequireForReads", "true", "needs Authentication:Authority or Authentication:SigningKey; without either, authentication is off and every route is open")]
    [TestCase("Authentication:RequireForReads", "sometimes", "must be true or false")]
    [TestCase("Authentication:RequireHttpsMetadata", "no", "must be true or false")]
    [TestCase("Idempotency:KeyLifetime", "a day", KeyLifetimeRule)]
    [TestCase("Idempotency:KeyLifetime", "00:00:00", KeyLifetimeRule)]
    [TestCase("Idempotency:KeyLifetime", "-1.00:00:00", KeyLifetimeRule)]
    [TestCase("Idempotency:KeyLifetime", "366.00:00:00", KeyLifetimeRule)]
    [TestCase("Idempotency:InFlightTimeout", "0", InFlightRule)]
    [TestCase("Idempotency:InFlightTimeout", "1.00:00:01", InFlightRule)]
    [TestCase("ChangeFeed:RetentionDays", "0", RetentionRule)]
    [TestCase("ChangeFeed:RetentionDays", "-30", RetentionRule)]
    [TestCase("ChangeFeed:RetentionDays", "36501", RetentionRule)]
    [TestCase("ChangeFeed:RetentionDays", "30.5", RetentionRule)]
    [TestCase("ChangeFeed:RetentionDays", "a month", RetentionRule)]
    [TestCase("Serilog:MinimumLevel:Default", "Loud", LevelRule)]
    [TestCase("Serilog:MinimumLevel:Default", "warning", LevelRule)]
    [TestCase("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "3", LevelRule)]
    public void Start_WithABadValue_IsRefusedWithOneLineNamingTheKeyTheValueAndWhatIsAllowed(string key, string value, string allowed)
    {
        var errors = ConfiguredHost.StartupErrors(new Dictionary<string, string?> { [key] = value });

        Assert.That(errors, Is.EqualTo(new[] { $"{key} = \"{value}\": {allowed}" }));
    }

    [TestCase("RequestTimeouts:Seconds", "1")]
    [TestCase("RequestTimeouts:Seconds", "3600", "Idempotency:InFlightTimeout", "01:00:01")]
    [TestCase("RateLimiting:PermitLimit", "1")]
    [TestCase("RateLimiting:PermitLimit", "")]
    [TestCase("RateLimiting:WindowSeconds", "1")]
    [TestCase("RateLimiting:WindowSeconds", "86400")]
    [TestCase("Shutdown:TimeoutSeconds", "1")]
    [TestCase("Shutdown:TimeoutSeconds", "3600")]
    [TestCase("Database:MigrateOnStartup", "False")]
    [TestCase("Database:MigrateOnStartup", "")]
    [TestCase("Database:Provider", "sqlite")]
    [TestCase("Cors:AllowedOrigins:0", "https://portal.example.org")]
    [TestCase("Cors:AllowedOrigins:0", "http://localhost:3000")]
    [TestCase("Certification:Types:0", "gold_mentor")]
    [TestCase("OpenTelemetry:Endpoint", "http://otel-collector:4317")]
    [TestCase("OpenTelemetry:Endpoint", "")]
    [TestCase("Authentication:Authority", "https://login.example.org/tenant/v2.0")]
    [TestCase("Authentication:SigningKey", "0123456789abcdef0123456789abcdef")]
    [TestCase("Authentication:SigningKey", "")]
    [TestCase("Idempotency:KeyLifetime", "00:00:01")]
    [TestCase("Idempotency:KeyLifetime", "365.00:00:00")]
    [TestCase("Idempotency:InFlightTimeout", "1.00:00:00")]
    [TestCase("Paging:CursorSigningKey", "")]
    [TestCase("ChangeFeed:RetentionDays", "1")]
    [TestCase("ChangeFeed:RetentionDays", "36500")]
    [TestCase("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose")]
    public void Start_WithAValueAtTheEdgeOfWhatIsAllowed_PassesTheChecks(string key, string value, string? otherKey = null, string? otherValue = null)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (otherKey is not null)
        {
            settings[otherKey] = otherValue;
        }

        Assert.That(ConfiguredHost.StartupErrors(settings), Is.Empty);
    }

    [TestCase("Production")]
    [TestCase("Development")]
    public void Start_OnAppSettingsJsonAlone_PassesTheChecks(string environment)
    {
        Assert.That(ConfiguredHost.StartupErrors(new Dictionary<string, string?>(), environment), Is.Empty);
    }

    [Test]
    public void Start_WithSeveralBadValues_PrintsOneLineForEachBadKey()
    {
        var errors = ConfiguredHost.StartupErrors(new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "ten",
            ["RateLimiting:WindowSeconds"] = "0",
            ["RequestTimeouts:Seconds"] = "abc",
            ["Shutdown:TimeoutSeconds"] = "-1",
            ["Cors:AllowedOrigins:0"] = "https://ok.example.org",
            ["Cors:AllowedOrigins:1"] = "not-a-url",
        });

        Assert.That(errors, Is.EquivalentTo(new[]
        {
            $"RateLimiting:PermitLimit = \"ten\": {PermitLimitRule}",
            $"RateLimiting:WindowSeconds = \"0\": {WindowRule}",
            $"RequestTimeouts:Seconds = \"abc\": {TimeLimitRule}",
            $"Shutdown:TimeoutSeconds = \"-1\": {ShutdownRule}",
            $"Cors:AllowedOrigins:1 = \"not-a-url\": {OriginRule}",
        }));
    }

    [Test]
    public void Start_WithARateLimitAndAZeroWindow_IsRefused()
    {
        var errors = ConfiguredHost.StartupErrors(new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "10",
            ["RateLimiting:WindowSeconds"] = "0",
        });

        Assert.That(errors, Is.EqualTo(new[] { $"RateLimiting:WindowSeconds = \"0\": {WindowRule}" }));
    }

    [TestCase("00:00:30", "30")]
    [TestCase("00:01:00", "120")]
    public void Start_WithAnInFlightTimeoutNoLongerThanTheRequestTimeLimit_IsRefused(string inFlightTimeout, string seconds)
    {
        var errors = ConfiguredHost.StartupErrors(new Dictionary<string, string?>
        {
            ["Idempotency:InFlightTimeout"] = inFlightTimeout,
            ["RequestTimeouts:Seconds"] = seconds,
        });

        Assert.That(errors, Is.EqualTo(new[]
        {
            $"Idempotency:InFlightTimeout = \"{inFlightTimeout}\": must be longer than RequestTimeouts:Seconds ({seconds} s), or a retry could run a request that is still running",
        }));
    }

    [TestCase("Authentication:SigningKey", "short", "must be at least 32 bytes (UTF-8), or empty to use no shared key")]
    [TestCase("Authentication:SigningKey", "0123456789abcdef0123456789abcde", "must be at least 32 bytes (UTF-8), or empty to use no shared key")]
    [TestCase("Paging:CursorSigningKey", "a-cursor-key-too-short", "must be at least 32 characters, or unset to derive the key from the connection string")]
    public void Start_WithAShortKey_IsRefusedWithoutPrintingTheKey(string key, string secret, string allowed)
    {
        var errors = ConfiguredHost.StartupErrors(new Dictionary<string, string?> { [key] = secret });

        Assert.That(errors, Is.EqualTo(new[] { $"{key} = ({secret.Length} characters, not shown): {allowed}" }));
    }

    [TestCase("Sqlite", "Data Source=/tmp/certstatus.db;Password=hunter2;Bogus=hunter2", "is not a valid Sqlite connection string (Connection string keyword '…' is not supported. For a possible alternative, see https://go.microsoft.com/fwlink/?linkid=2142181.)")]
    [TestCase("Sqlite", "Password=hunter2", "must name the database file (Data Source=/path/to/certstatus.db)")]
    [TestCase("Sqlite", "Data Source=:memory:;Password=hunter2", "must name a file: an in-memory database loses every write when the service stops")]
    [TestCase("SqlServer", "Server=db;Password=hunter2;hunter2", "is not a valid SqlServer connection string (Format of the initialization string does not conform to specification starting at index 27.)")]
    [TestCase("SqlServer", "Database=certstatus;Password=hunter2", "must name the server (Server=host,port)")]
    public void Start_WithABadConnectionString_IsRefusedWithoutPrintingIt(string provider, string connectionString, string problem)
    {
        var errors = ConfiguredHost.StartupErrors(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:CertStatus"] = connectionString,
        });

        Assert.That(errors, Is.EqualTo(new[] { $"ConnectionStrings:CertStatus = ({connectionString.Length} characters, not shown): {problem}" }));
        Assert.That(errors[0], Does.Not.Contain("hunter2"));
    }

    [Test]
    public void Start_WithABadProviderAndABadConnectionString_NamesTheProviderOnly()
    {
        // The connection string cannot be judged without a provider; a second line would guess at it.
        var errors = ConfiguredHost.StartupErrors(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Oracle",
            ["ConnectionStrings:CertStatus"] = "Password=hunter2",
        });

        Assert.That(errors, Is.EqualTo(new[] { $"Database:Provider = \"Oracle\": {ProviderRule}" }));
    }

    [Test]
    public void Start_OnSqlServerWithoutAConnectionString_IsRefused()
    {
        var errors = ConfiguredHost.StartupErrors(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:CertStatus"] = "",
        });

        Assert.That(errors, Is.EqualTo(new[] { "ConnectionStrings:CertStatus = \"\": is required when Database:Provider is SqlServer" }));
    }
}
