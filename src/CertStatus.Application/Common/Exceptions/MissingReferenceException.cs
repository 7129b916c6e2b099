namespace CertStatus.Application.Common.Exceptions;

/// <summary>The request body refers to a resource that does not exist (a 422, unlike a missing path resource).</summary>
public sealed class MissingReferenceException(string field, string resource, string id)
    : Exception($"'{field}' refers to '{id}', but no {resource} with that id exists.")
{
    public string Field { get; } = field;
}
