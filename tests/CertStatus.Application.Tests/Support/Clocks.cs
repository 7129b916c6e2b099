using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Application.Tests.Support;

internal static class Clocks
{
    /// <summary>A moment after the builder's default issue date and before its default expiry.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider At(DateTimeOffset now) => new(now);

    public static FakeTimeProvider Default() => new(Now);
}
