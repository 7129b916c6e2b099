using System.ComponentModel.DataAnnotations;

namespace CertStatus.Api.Configuration;

/// <summary>How long requests in flight may take to finish once the service is told to stop (configuration section <c>Shutdown</c>).</summary>
internal sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    [Range(1, 3600, ErrorMessage = "must be a whole number of seconds from 1 to 3600")]
    public int TimeoutSeconds { get; set; } = 30;
}
