using System.ComponentModel.DataAnnotations;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// The <c>ConnectionStrings</c> section, where .NET keeps connection strings; the service's own is
/// <c>ConnectionStrings:CertStatus</c>. It may hold a password, so no error ever prints it.
/// </summary>
public sealed class ConnectionStringOptions
{
    public const string SectionName = "ConnectionStrings";

    /// <summary>Unset, <see cref="DatabaseSettings.From"/> chooses SQLite's default file.</summary>
    [DataType(DataType.Password)]
    public string? CertStatus { get; set; }
}
