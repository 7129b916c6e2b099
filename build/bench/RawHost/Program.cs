using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

// The overhead comparator: what the service's scenarios cost with nothing but Kestrel, routing,
// System.Text.Json and one SQL statement per step. Deliberately naive otherwise.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});
var connectionString = builder.Configuration.GetConnectionString("CertStatus")
    ?? throw new InvalidOperationException("ConnectionStrings:CertStatus is required.");
var app = builder.Build();

const string StatusColumns = "mentor_id, certification_type, issue_date, expiry_date, last_renewal_date, updated_reason, created_at, updated_at";
const string RenewalColumns = "renewal_number, mentor_id, renewal_date, new_expiry_date, previous_expiry_date, processed_by, notes, created_at, updated_at";

app.MapGet("/api/v1/certification-statuses/{mentorId}", async (string mentorId, CancellationToken ct) =>
{
    await using var connection = await OpenAsync(connectionString, ct);
    await using var command = connection.CreateCommand();
    command.CommandText = $"SELECT {StatusColumns} FROM certifications WHERE mentor_id = $id";
    command.Parameters.AddWithValue("$id", mentorId);
    await using var reader = await command.ExecuteReaderAsync(ct);
    return await reader.ReadAsync(ct) ? Results.Ok(ReadStatus(reader, DateTime.UtcNow)) : Results.NotFound();
});

app.MapGet("/api/v1/certification-statuses", async (int? page, int? limit, int? expiring_within_days, CancellationToken ct) =>
{
    var p = page ?? 1;
    var l = limit ?? 20;
    var now = DateTime.UtcNow;
    var where = expiring_within_days is { } days ? "WHERE expiry_date > $now AND expiry_date <= $until" : string.Empty;
    await using var connection = await OpenAsync(connectionString, ct);
    await using var count = connection.CreateCommand();
    count.CommandText = $"SELECT COUNT(*) FROM certifications {where}";
    await using var select = connection.CreateCommand();
    select.CommandText = expiring_within_days is null
        ? $"SELECT {StatusColumns} FROM certifications ORDER BY mentor_id LIMIT $limit OFFSET $offset"
        : $"SELECT {StatusColumns} FROM certifications {where} ORDER BY mentor_id LIMIT $limit OFFSET $offset";
    foreach (var command in new[] { count, select })
    {
        command.Parameters.AddWithValue("$now", Text(now));
        command.Parameters.AddWithValue("$until", Text(now.AddDays(expiring_within_days ?? 0)));
    }

    select.Parameters.AddWithValue("$limit", l);
    select.Parameters.AddWithValue("$offset", (p - 1) * l);
    var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    var data = new List<StatusJson>(l);
    await using var reader = await select.ExecuteReaderAsync(ct);
    while (await reader.ReadAsync(ct))
    {
        data.Add(ReadStatus(reader, now));
    }

    return Results.Ok(new Page<StatusJson>(data, new Pagination(p, l, total)));
});

app.MapGet("/api/v1/certification-renewals", async (string? mentor_id, int? page, int? limit, CancellationToken ct) =>
{
    var p = page ?? 1;
    var l = limit ?? 20;
    var where = mentor_id is null ? string.Empty : "WHERE mentor_id = $id";
    await using var connection = await OpenAsync(connectionString, ct);
    await using var count = connection.CreateCommand();
    count.CommandText = $"SELECT COUNT(*) FROM certification_renewals {where}";
    await using var select = connection.CreateCommand();
    select.CommandText = $"SELECT {RenewalColumns} FROM certification_renewals {where} ORDER BY renewal_number LIMIT $limit OFFSET $offset";
    foreach (var command in new[] { count, select })
    {
        command.Parameters.AddWithValue("$id", (object?)mentor_id ?? DBNull.Value);
    }

    select.Parameters.AddWithValue("$limit", l);
    select.Parameters.AddWithValue("$offset", (p - 1) * l);
    var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    var data = new List<RenewalJson>(l);
    await using var reader = await select.ExecuteReaderAsync(ct);
    while (await reader.ReadAsync(ct))
    {
        data.Add(ReadRenewal(reader));
    }

    return Results.Ok(new Page<RenewalJson>(data, new Pagination(p, l, total)));
});

app.MapPost("/api/v1/certification-statuses", async (CreateBody body, CancellationToken ct) =>
{
    var now = DateTime.UtcNow;
    await using var connection = await OpenAsync(connectionString, ct);
    await using var insert = connection.CreateCommand();
    insert.CommandText = """
        INSERT INTO certifications (mentor_id, certification_type, issue_date, expiry_date, last_renewal_date, created_at, updated_at, version)
        VALUES ($id, $type, $issue, $expiry, $issue, $now, $now, $version)
        """;
    insert.Parameters.AddWithValue("$id", body.MentorId);
    insert.Parameters.AddWithValue("$type", body.CertificationType);
    insert.Parameters.AddWithValue("$issue", Text(body.IssueDate.UtcDateTime));
    insert.Parameters.AddWithValue("$expiry", Text(body.ExpiryDate.UtcDateTime));
    insert.Parameters.AddWithValue("$now", Text(now));
    insert.Parameters.AddWithValue("$version", Guid.NewGuid().ToString().ToUpperInvariant());
    try
    {
        await insert.ExecuteNonQueryAsync(ct);
    }
    catch (SqliteException e) when (e.SqliteErrorCode == 19)
    {
        return Results.Conflict();
    }

    var status = new StatusJson(body.MentorId, body.CertificationType, body.IssueDate.UtcDateTime, body.ExpiryDate.UtcDateTime,
        now >= body.ExpiryDate.UtcDateTime, DaysUntil(body.ExpiryDate.UtcDateTime, now), body.IssueDate.UtcDateTime, null, now, now);
    return Results.Created($"/api/v1/certification-statuses/{body.MentorId}", status);
});

app.MapPost("/api/v1/certification-renewals", async (RenewalBody body, CancellationToken ct) =>
{
    var now = DateTime.UtcNow;
    await using var connection = await OpenAsync(connectionString, ct);
    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
    await using var read = connection.CreateCommand();
    read.CommandText = "SELECT expiry_date, (SELECT COALESCE(MAX(sequence), 0) FROM certification_renewals WHERE mentor_id = $id) FROM certifications WHERE mentor_id = $id";
    read.Parameters.AddWithValue("$id", body.MentorId);
    DateTime previous;
    long sequence;
    await using (var reader = await read.ExecuteReaderAsync(ct))
    {
        if (!await reader.ReadAsync(ct))
        {
            return Results.UnprocessableEntity();
        }

        previous = Parse(reader.GetString(0));
        sequence = reader.GetInt64(1) + 1;
    }

    if (body.NewExpiryDate.UtcDateTime <= previous)
    {
        return Results.BadRequest();
    }

    await using var insert = connection.CreateCommand();
    insert.CommandText = """
        INSERT INTO certification_renewals (mentor_id, sequence, renewal_date, new_expiry_date, previous_expiry_date, processed_by, notes, created_at, version)
        VALUES ($id, $seq, $date, $expiry, $previous, $by, $notes, $now, $version) RETURNING renewal_number
        """;
    insert.Parameters.AddWithValue("$id", body.MentorId);
    insert.Parameters.AddWithValue("$seq", sequence);
    insert.Parameters.AddWithValue("$date", Text(body.RenewalDate.UtcDateTime));
    insert.Parameters.AddWithValue("$expiry", Text(body.NewExpiryDate.UtcDateTime));
    insert.Parameters.AddWithValue("$previous", Text(previous));
    insert.Parameters.AddWithValue("$by", body.ProcessedBy);
    insert.Parameters.AddWithValue("$notes", (object?)body.Notes ?? DBNull.Value);
    insert.Parameters.AddWithValue("$now", Text(now));
    insert.Parameters.AddWithValue("$version", Guid.NewGuid().ToString().ToUpperInvariant());
    var number = Convert.ToInt64(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    await using var update = connection.CreateCommand();
    update.CommandText = "UPDATE certifications SET expiry_date = $expiry, last_renewal_date = $date, updated_at = $now, version = $version WHERE mentor_id = $id";
    update.Parameters.AddWithValue("$id", body.MentorId);
    update.Parameters.AddWithValue("$expiry", Text(body.NewExpiryDate.UtcDateTime));
    update.Parameters.AddWithValue("$date", Text(body.RenewalDate.UtcDateTime));
    update.Parameters.AddWithValue("$now", Text(now));
    update.Parameters.AddWithValue("$version", Guid.NewGuid().ToString().ToUpperInvariant());
    await update.ExecuteNonQueryAsync(ct);
    await transaction.CommitAsync(ct);
    var renewal = new RenewalJson($"renewal-{number:D4}", body.MentorId, body.RenewalDate.UtcDateTime, body.NewExpiryDate.UtcDateTime,
        previous, body.ProcessedBy, body.Notes, now, null);
    return Results.Created($"/api/v1/certification-renewals/{renewal.RenewalId}", renewal);
});

app.MapGet("/health/ready", () => Results.Ok());

await app.RunAsync();

static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken ct)
{
    // Pooled by Microsoft.Data.Sqlite; the service's EF Core context uses the same pool.
    var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync(ct);
    return connection;
}

static string Text(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

static DateTime Parse(string value) =>
    DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

static int DaysUntil(DateTime expiry, DateTime now) => (int)Math.Floor((expiry - now).TotalDays);

static StatusJson ReadStatus(SqliteDataReader reader, DateTime now)
{
    var expiry = Parse(reader.GetString(3));
    return new StatusJson(reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2)), expiry, now >= expiry,
        DaysUntil(expiry, now), Parse(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetString(5),
        Parse(reader.GetString(6)), Parse(reader.GetString(7)));
}

static RenewalJson ReadRenewal(SqliteDataReader reader) =>
    new($"renewal-{reader.GetInt64(0):D4}", reader.GetString(1), Parse(reader.GetString(2)), Parse(reader.GetString(3)),
        Parse(reader.GetString(4)), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
        Parse(reader.GetString(7)), reader.IsDBNull(8) ? null : Parse(reader.GetString(8)));

internal sealed record StatusJson(
    string MentorId, string CertificationType, DateTime IssueDate, DateTime ExpiryDate, bool IsExpired, int DaysUntilExpiry,
    DateTime LastRenewalDate, string? UpdatedReason, DateTime CreatedAt, DateTime UpdatedAt);

internal sealed record RenewalJson(
    string RenewalId, string MentorId, DateTime RenewalDate, DateTime NewExpiryDate, DateTime PreviousExpiryDate,
    string ProcessedBy, string? Notes, DateTime CreatedAt, DateTime? UpdatedAt);

internal sealed record Pagination(int Page, int Limit, int Total);

internal sealed record Page<T>(IReadOnlyList<T> Data, Pagination Pagination);

internal sealed record CreateBody(string MentorId, string CertificationType, DateTimeOffset IssueDate, DateTimeOffset ExpiryDate);

internal sealed record RenewalBody(string MentorId, DateTimeOffset RenewalDate, DateTimeOffset NewExpiryDate, string ProcessedBy, string? Notes);
