using System.IO.Compression;
using System.Xml.Linq;
using CertStatus.Client.Tests.Support;

namespace CertStatus.Client.Tests;

/// <summary>
/// The package as a consumer gets it: src/CertStatus.Client is packed, and a small app outside the
/// repository references that package beside Microsoft.Extensions.DependencyInjection and
/// Microsoft.Extensions.Http 10.0.0, the first .NET 10 release, then restores, builds and runs.
/// NuGet reads a package's dependency versions as minimums, so a dependency that asks for more
/// than the consumer has makes its restore fail (NU1605): the package must depend on floors, not on
/// the repo's pins (ClientFloor* in Directory.Packages.props). Needs the network to NuGet; when a
/// NuGet source cannot be reached the tests are ignored with that reason, never passed.
/// </summary>
// Two builds at once on a two-core machine would starve the timing-sensitive fixtures beside them.
[NonParallelizable]
public sealed class PackageConsumerTests
{
    private const string Floor = "10.0.0";

    private static readonly string[] ForbiddenNuGetCodes =
    [
        "NU1605", // package downgrade: a dependency asks for more than the consumer references
        "NU1608", // a dependency's version is outside a range that another package declares
        "NU1603", // the version asked for is not published, and NuGet took a higher one
    ];

    private string _root = string.Empty;
    private string _packages = string.Empty;
    private string _packageVersion = string.Empty;
    private XElement[] _dependencies = [];

    [OneTimeSetUp]
    public async Task PackTheClientAsync()
    {
        _root = Directory.CreateTempSubdirectory("certstatus-consumer-").FullName;
        _packages = Path.Combine(_root, "packages");

        // Built under the temp folder (artifacts path): nothing in the work tree's bin/ and obj/ changes.
        var pack = await DotNetCli.RunAsync(
            RepositoryRoot.Path,
            "pack", Path.Combine("src", "CertStatus.Client", "CertStatus.Client.csproj"),
            "-c", "Release",
            "-o", _packages,
            "--artifacts-path", Path.Combine(_root, "artifacts"),
            "--disable-build-servers");
        TestContext.Progress.WriteLine($"dotnet pack: {pack.Elapsed.TotalSeconds:F1} s");
        IgnoreWhenNuGetIsUnreachable(pack);
        Assert.That(pack.ExitCode, Is.Zero, $"dotnet pack failed:\n{pack.Output}");

        var nupkg = Directory.GetFiles(_packages, "CertStatus.Client.*.nupkg").Single();
        using var archive = ZipFile.OpenRead(nupkg);
        using var nuspecStream = archive.GetEntry("CertStatus.Client.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.Name.Namespace;
        _packageVersion = nuspec.Descendants(ns + "version").Single().Value;
        _dependencies = [.. nuspec.Descendants(ns + "dependency")];
    }

    [OneTimeTearDown]
    public void DeleteTheTempFolder()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the folder is under the system's temp folder anyway.
        }
    }

    [Test]
    public void Package_DependsOnlyOnTheClientsOwnReferences()
    {
        // A package pinned repo-wide (Microsoft.Extensions.DependencyInjection 10.0.15, ...) must not
        // be written in as a dependency of its own (central transitive pinning does that) and impose
        // the repo's pin on consumers.
        Assert.That(
            _dependencies.Select(d => (string)d.Attribute("id")!).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "Microsoft.Extensions.Http", "Microsoft.Extensions.Http.Resilience" }));
    }

    [Test]
    public async Task Consumer_OnMicrosoftExtensions10_0_0_RestoresBuildsAndRuns()
    {
        var consumer = WriteConsumer();

        var restore = await DotNetCli.RunAsync(consumer, "restore", "--packages", Path.Combine(_root, "global-packages"), "--disable-build-servers");
        TestContext.Progress.WriteLine($"dotnet restore: {restore.Elapsed.TotalSeconds:F1} s");
        IgnoreWhenNuGetIsUnreachable(restore);
        Assert.That(restore.ExitCode, Is.Zero, $"dotnet restore failed:\n{restore.Output}");
        AssertNoVersionConflicts(restore);

        var build = await DotNetCli.RunAsync(consumer, "build", "--no-restore", "--disable-build-servers");
        TestContext.Progress.WriteLine($"dotnet build: {build.Elapsed.TotalSeconds:F1} s");
        Assert.That(build.ExitCode, Is.Zero, $"dotnet build failed:\n{build.Output}");
        AssertNoVersionConflicts(build);

        // Run it too: the client is wired and answers on the floor versions, not merely compiled.
        var run = await DotNetCli.RunAsync(consumer, Path.Combine("bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.That(run.ExitCode, Is.Zero, $"the consumer failed:\n{run.Output}");
        Assert.That(run.Output, Does.Contain("renewals listed: 0"));
    }

    /// <summary>
    /// A console app in the temp folder, beside empty Directory.*.props and .targets so that
    /// nothing of the repository's (central package management, warnings as errors) reaches it,
    /// and a NuGet.config with only the packed folder and nuget.org.
    /// </summary>
    private string WriteConsumer()
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(_root, file), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(_root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="certstatus-client" value="{_packages}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);

        var consumer = Directory.CreateDirectory(Path.Combine(_root, "consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CertStatus.Client" Version="{_packageVersion}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="{Floor}" />
                <PackageReference Include="Microsoft.Extensions.Http" Version="{Floor}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """"
            using System.Net;
            using System.Text;
            using CertStatus.Client;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection();
            services.AddCertStatusClient(new Uri("https://certstatus.example.org/"), options => options.AccessTokenProvider = _ => ValueTask.FromResult("token"));
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new StubHandler()));
            await using var provider = services.BuildServiceProvider();

            var renewals = provider.GetRequiredService<ICertificationRenewalsClient>();
            var page = await renewals.ListAsync(mentorId: "mentor-001");
            Console.WriteLine($"renewals listed: {page.Data.Count}");

            sealed class StubHandler : HttpMessageHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                    Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
                    {
                        RequestMessage = request,
                        Content = new StringContent("""{"data":[],"pagination":{"page":1,"limit":20,"total":0}}""", Encoding.UTF8, "application/json"),
                    });
            }
            """");
        return consumer;
    }

    private static void AssertNoVersionConflicts(DotNetResult result)
    {
        foreach (var code in ForbiddenNuGetCodes)
        {
            Assert.That(result.Output, Does.Not.Contain(code), result.Output);
        }
    }

    /// <summary>NU1301: a package source could not be reached. That is this machine's network, not the package.</summary>
    private static void IgnoreWhenNuGetIsUnreachable(DotNetResult result)
    {
        if (result.ExitCode != 0 && result.Output.Contains("NU1301", StringComparison.Ordinal))
        {
            var line = result.Output.Split('\n').First(l => l.Contains("NU1301", StringComparison.Ordinal)).Trim();
            Assert.Ignore($"A NuGet source could not be reached, so the package could not be tried: {line}");
        }
    }
}
