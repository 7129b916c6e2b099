using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Tokens;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Tests.Support;

/// <summary>A cursor sealer with a fixed test key, and one with another key (as another deployment would have).</summary>
internal static class Cursors
{
    public static ListCursors Sealer { get; } = With(TestKey);

    public static ListCursors OtherDeployment { get; } = With("another deployment's key for list cursors, also long");

    public const string TestKey = "a test key for list cursors, 32+ characters long";

    public static ListCursors With(string key) => new(SealWith(key));

    public static TokenSeal SealWith(string key) => new(Options.Create(new ListCursorOptions { CursorSigningKey = key }));
}
