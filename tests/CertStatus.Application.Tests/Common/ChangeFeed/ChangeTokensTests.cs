using System.Buffers.Text;
using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Common.ChangeFeed;

/// <summary>
/// Change tokens are positions sealed like list cursors (SPEC §6): they read back as written, and
/// a token another deployment sealed, one changed by a single bit, a list cursor or any other text
/// reads as nothing.
/// </summary>
public sealed class ChangeTokensTests
{
    private static readonly ChangeTokens Tokens = With("a test key for list cursors, 32+ characters long");

    [TestCase(0L)]
    [TestCase(1L)]
    [TestCase(long.MaxValue)]
    public void Read_OfAWrittenToken_IsItsPosition(long position) =>
        Assert.That(Tokens.Read(Tokens.Write(position)), Is.EqualTo(position));

    [Test]
    public void Read_OfATokenSealedWithAnotherKey_IsNull() =>
        Assert.That(Tokens.Read(With("another deployment's key for list cursors, also long").Write(42)), Is.Null);

    [Test]
    public void Read_OfATokenWithAnyBitChanged_IsNull()
    {
        var bytes = Base64Url.DecodeFromChars(Tokens.Write(42));
        using (Assert.EnterMultipleScope())
        {
            for (var bit = 0; bit < bytes.Length * 8; bit++)
            {
                var tampered = (byte[])bytes.Clone();
                tampered[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.That(Tokens.Read(Base64Url.EncodeToString(tampered)), Is.Null, $"bit {bit}");
            }
        }
    }

    [Test]
    public void Read_OfAListCursor_IsNull_AndAChangeTokenIsNoCursor()
    {
        var cursor = Cursors.Sealer.Write(new ListCursor(ListKind.CertificationStatuses, 1, DateTimeOffset.UnixEpoch, 2, DateTimeOffset.UnixEpoch, "mentor-1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Tokens.Read(cursor), Is.Null);
            Assert.That(Cursors.Sealer.Read(Tokens.Write(42)), Is.Null);
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not a token")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Read_OfTextNotIssued_IsNull(string? text) => Assert.That(Tokens.Read(text), Is.Null);

    private static ChangeTokens With(string key) => new(Cursors.SealWith(key));
}
