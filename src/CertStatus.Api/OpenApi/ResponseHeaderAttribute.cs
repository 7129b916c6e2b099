namespace CertStatus.Api.OpenApi;

/// <summary>Documents a header that an action sends with one of its responses.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class ResponseHeaderAttribute(int statusCode, string name, string description) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string Name { get; } = name;

    public string Description { get; } = description;
}
