namespace CertStatus.Domain.Common;

/// <summary>Something that happened to an aggregate, recorded by the aggregate as it happens.</summary>
public interface IDomainEvent;
