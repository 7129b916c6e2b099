namespace CertStatus.Architecture.Tests.Violations.DomainHasNoPublicSetters;

[Violates("public setter")]
public sealed class PublicSetterEntity
{
    public DateTimeOffset ExpiryDate { get; set; }
}

[Violates("public init accessor")]
public sealed class InitOnlyEntity
{
    public DateTimeOffset ExpiryDate { get; init; }
}

/// <summary>The control: state changes through a named method.</summary>
public sealed class PrivateSetterEntity
{
    public DateTimeOffset ExpiryDate { get; private set; }

    public void ChangeExpiry(DateTimeOffset expiryDate) => ExpiryDate = expiryDate;
}
