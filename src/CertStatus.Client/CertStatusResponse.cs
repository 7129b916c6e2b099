namespace CertStatus.Client;

public partial class CertStatusResponse
{
    /// <summary>The ETag of the stored version; pass it as <c>ifMatch</c> to update or delete only that version.</summary>
    public string? ETag => Headers.TryGetValue("ETag", out var values) ? values.FirstOrDefault() : null;
}
