using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>Stores an instant as a UTC <see cref="DateTime"/> and reads it back with a zero offset.</summary>
internal sealed class UtcDateTimeConverter()
    : ValueConverter<DateTimeOffset, DateTime>(
        value => value.UtcDateTime,
        value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
