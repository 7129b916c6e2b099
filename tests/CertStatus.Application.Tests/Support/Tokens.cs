using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Common.Paging;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Tests.Support;

/// <summary>A change-token sealer with the same test key as <see cref="Cursors.Sealer"/>.</summary>
internal static class Tokens
{
    public static ChangeTokens Sealer { get; } = new(Options.Create(new ListCursorOptions { CursorSigningKey = "a test key for list cursors, 32+ characters long" }));
}
