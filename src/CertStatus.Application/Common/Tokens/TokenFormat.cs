namespace CertStatus.Application.Common.Tokens;

/// <summary>
/// The first byte of every sealed token: what it is and in which layout. One list, so that no two
/// kinds of token can share a value and a token of one kind never reads as another.
/// </summary>
public enum TokenFormat : byte
{
    /// <summary>A list cursor (<see cref="Paging.ListCursors"/>), layout 1.</summary>
    ListCursor = 1,

    /// <summary>A position in the change feed (<see cref="ChangeFeed.ChangeTokens"/>), layout 1.</summary>
    ChangeToken = 2,
}
