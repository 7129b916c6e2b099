using System.ComponentModel.DataAnnotations;

namespace CertStatus.Application.Common.Paging;

/// <summary>
/// The key that seals list cursors (configuration <c>Paging:CursorSigningKey</c>). Every replica
/// must have the same one, or a cursor one issued is refused by another; changing it refuses every
/// cursor issued before (their walks restart from page 1).
/// </summary>
public sealed class ListCursorOptions
{
    public const string SectionName = "Paging";

    /// <summary>Shorter keys are refused at start: a MAC is as strong as its key.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>The key; unset or empty, the host derives one (every replica of a database derives the same).</summary>
    [DataType(DataType.Password)]
    [MinLength(MinimumKeyLength, ErrorMessage = "must be at least 32 characters, or unset to derive the key from the connection string")]
    public string? CursorSigningKey { get; set; }
}
