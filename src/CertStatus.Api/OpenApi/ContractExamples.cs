namespace CertStatus.Api.OpenApi;

/// <summary>
/// The examples of the original API contract, by operation, completed to the whole
/// representation the service answers with (SPEC §2): API-governance linters check every example
/// against its schema (build/openapi-lint), and so would a client that trusted it.
/// </summary>
internal static class ContractExamples
{
    public static IReadOnlyDictionary<string, (string? Request, string Status, string Response)> ByOperationId { get; } =
        new Dictionary<string, (string?, string, string)>(StringComparer.Ordinal)
        {
            // Lists show a last page: its next_cursor is null, as the service answers there.
            ["CertificationStatuses_List"] = (null, "200", """
                {"data":[{"mentor_id":"mentor-001","certification_type":"peer_mentor_standard","issue_date":"2024-03-15T00:00:00Z","expiry_date":"2026-03-15T00:00:00Z","is_expired":false,"days_until_expiry":89,"last_renewal_date":"2024-03-15T00:00:00Z","updated_reason":null,"created_at":"2024-03-15T09:00:00Z","updated_at":"2024-03-15T09:00:00Z"},
                {"mentor_id":"mentor-042","certification_type":"peer_mentor_advanced","issue_date":"2023-09-01T00:00:00Z","expiry_date":"2026-03-31T00:00:00Z","is_expired":false,"days_until_expiry":5,"last_renewal_date":"2023-09-01T00:00:00Z","updated_reason":null,"created_at":"2023-09-01T08:00:00Z","updated_at":"2023-09-01T08:00:00Z"}],
                "pagination":{"page":1,"limit":20,"total":2,"next_cursor":null}}
                """),
            ["CertificationStatuses_Get"] = (null, "200", """
                {"mentor_id":"mentor-042","certification_type":"peer_mentor_advanced","issue_date":"2023-09-01T00:00:00Z","expiry_date":"2026-03-31T00:00:00Z","is_expired":false,"days_until_expiry":5,"last_renewal_date":"2023-09-01T00:00:00Z","updated_reason":null,"created_at":"2023-09-01T08:00:00Z","updated_at":"2023-09-01T08:00:00Z"}
                """),
            ["CertificationStatuses_Create"] = ("""
                {"mentor_id":"mentor-099","certification_type":"peer_mentor_standard","issue_date":"2026-03-26T00:00:00Z","expiry_date":"2028-03-26T00:00:00Z"}
                """, "201", """
                {"mentor_id":"mentor-099","certification_type":"peer_mentor_standard","issue_date":"2026-03-26T00:00:00Z","expiry_date":"2028-03-26T00:00:00Z","is_expired":false,"days_until_expiry":730,"last_renewal_date":"2026-03-26T00:00:00Z","updated_reason":null,"created_at":"2026-03-26T09:00:00Z","updated_at":"2026-03-26T09:00:00Z"}
                """),
            ["CertificationStatuses_UpdateExpiry"] = ("""
                {"expiry_date":"2028-06-01T00:00:00Z","updated_reason":"renewal_extension"}
                """, "200", """
                {"mentor_id":"mentor-042","certification_type":"peer_mentor_advanced","issue_date":"2023-09-01T00:00:00Z","expiry_date":"2028-06-01T00:00:00Z","is_expired":false,"days_until_expiry":797,"last_renewal_date":"2023-09-01T00:00:00Z","updated_reason":"renewal_extension","created_at":"2023-09-01T08:00:00Z","updated_at":"2026-03-26T10:00:00Z"}
                """),
            ["CertificationStatuses_Delete"] = (null, "200", """
                {"deleted":true,"mentor_id":"mentor-099"}
                """),
            ["CertificationRenewals_List"] = (null, "200", """
                {"data":[{"renewal_id":"renewal-0041","mentor_id":"mentor-001","renewal_date":"2024-03-15T00:00:00Z","new_expiry_date":"2026-03-15T00:00:00Z","previous_expiry_date":"2025-03-15T00:00:00Z","processed_by":"coordinator-007","notes":null,"created_at":"2024-03-15T11:00:00Z","updated_at":null}],
                "pagination":{"page":1,"limit":20,"total":1,"next_cursor":null}}
                """),
            ["CertificationRenewals_Get"] = (null, "200", """
                {"renewal_id":"renewal-0041","mentor_id":"mentor-001","renewal_date":"2024-03-15T00:00:00Z","new_expiry_date":"2026-03-15T00:00:00Z","previous_expiry_date":"2025-03-15T00:00:00Z","processed_by":"coordinator-007","notes":null,"created_at":"2024-03-15T11:00:00Z","updated_at":null}
                """),
            ["CertificationRenewals_Create"] = ("""
                {"mentor_id":"mentor-042","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2028-03-26T00:00:00Z","processed_by":"coordinator-007"}
                """, "201", """
                {"renewal_id":"renewal-0042","mentor_id":"mentor-042","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2028-03-26T00:00:00Z","previous_expiry_date":"2026-03-31T00:00:00Z","processed_by":"coordinator-007","notes":null,"created_at":"2026-03-26T09:00:00Z","updated_at":null}
                """),
            ["CertificationRenewals_Update"] = ("""
                {"new_expiry_date":"2028-06-01T00:00:00Z","notes":"Extended per programme policy update"}
                """, "200", """
                {"renewal_id":"renewal-0042","mentor_id":"mentor-042","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2028-06-01T00:00:00Z","previous_expiry_date":"2026-03-31T00:00:00Z","processed_by":"coordinator-007","notes":"Extended per programme policy update","created_at":"2026-03-26T09:00:00Z","updated_at":"2026-03-26T10:00:00Z"}
                """),
            ["CertificationRenewals_Delete"] = (null, "200", """
                {"deleted":true,"renewal_id":"renewal-0042"}
                """),

            // Not of the original contract (SPEC §6): a renewal recorded, then a status deleted with its renewals.
            ["Changes_Latest"] = (null, "200", """
                {"token":"AioAAAAAAAAAs7vDMDQGvtWyR2ypBP5XJg"}
                """),
            ["Changes_List"] = (null, "200", """
                {"data":[{"resource":"certification-status","id":"mentor-042","operation":"upsert","changed_at":"2026-03-26T09:00:00Z","data":{"mentor_id":"mentor-042","certification_type":"peer_mentor_advanced","issue_date":"2023-09-01T00:00:00Z","expiry_date":"2028-03-26T00:00:00Z","is_expired":false,"days_until_expiry":730,"last_renewal_date":"2026-03-26T00:00:00Z","updated_reason":null,"created_at":"2023-09-01T08:00:00Z","updated_at":"2026-03-26T09:00:00Z"}},
                {"resource":"certification-renewal","id":"renewal-0042","operation":"upsert","changed_at":"2026-03-26T09:00:00Z","data":{"renewal_id":"renewal-0042","mentor_id":"mentor-042","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2028-03-26T00:00:00Z","previous_expiry_date":"2026-03-31T00:00:00Z","processed_by":"coordinator-007","notes":null,"created_at":"2026-03-26T09:00:00Z","updated_at":null}},
                {"resource":"certification-renewal","id":"renewal-0017","operation":"delete","changed_at":"2026-03-26T10:00:00Z","data":null},
                {"resource":"certification-status","id":"mentor-099","operation":"delete","changed_at":"2026-03-26T10:00:00Z","data":null}],
                "next_token":"AjMAAAAAAAAAPTQe9yWNnXXdmKjZR1HXBw","has_more":false}
                """),
        };
}
