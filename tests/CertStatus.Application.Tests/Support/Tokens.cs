using CertStatus.Application.Common.ChangeFeed;

namespace CertStatus.Application.Tests.Support;

/// <summary>A change-token sealer with the same test key as <see cref="Cursors.Sealer"/>.</summary>
internal static class Tokens
{
    public static ChangeTokens Sealer { get; } = new(Cursors.SealWith(Cursors.TestKey));
}
