using System.ComponentModel.DataAnnotations;
using System.Text;

namespace CertStatus.Api.Configuration;

/// <summary>A key at least this many bytes long in UTF-8, as it is used, or empty (the setting is off).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MinimumUtf8BytesAttribute(int bytes) : ValidationAttribute
{
    public int Bytes { get; } = bytes;

    public override bool IsValid(object? value) => value is not string { Length: > 0 } text || Encoding.UTF8.GetByteCount(text) >= Bytes;
}
