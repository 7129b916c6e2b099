namespace CertStatus.Application.Common.Concurrency;

/// <summary>Names a stored version as a strong HTTP entity tag.</summary>
public static class ETags
{
    public static string For(Guid version) => $"\"{version:N}\"";
}
