namespace CertStatus.Application.Changes.GetLatestChangeToken;

public sealed record ChangeTokenResponse(string Token);
