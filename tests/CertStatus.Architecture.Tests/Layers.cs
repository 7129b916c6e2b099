using System.Reflection;

namespace CertStatus.Architecture.Tests;

/// <summary>The assemblies under test, each found through a type it must contain.</summary>
internal static class Layers
{
    public static Assembly Domain { get; } = typeof(Domain.Certifications.Certification).Assembly;

    public static Assembly Application { get; } = typeof(Application.DependencyInjection).Assembly;

    public static Assembly Infrastructure { get; } = typeof(Infrastructure.DependencyInjection).Assembly;

    public static Assembly Api { get; } = typeof(Api.Controllers.CertificationStatusesController).Assembly;

    /// <summary>This project, home of the deliberately broken types under <c>Violations/</c>.</summary>
    public static Assembly Violations { get; } = typeof(Layers).Assembly;
}
