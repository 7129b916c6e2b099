namespace CertStatus.Application.Common.Exceptions;

/// <summary>A resource with the same identity already exists.</summary>
public sealed class DuplicateException(string resource, string id)
    : Exception($"A {resource} with id '{id}' already exists.")
{
    public string Resource { get; } = resource;

    public string Id { get; } = id;
}
