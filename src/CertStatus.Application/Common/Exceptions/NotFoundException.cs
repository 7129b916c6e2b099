namespace CertStatus.Application.Common.Exceptions;

/// <summary>The resource named in the request does not exist.</summary>
public sealed class NotFoundException(string resource, string id)
    : Exception($"No {resource} with id '{id}' exists.")
{
    public string Resource { get; } = resource;

    public string Id { get; } = id;
}
