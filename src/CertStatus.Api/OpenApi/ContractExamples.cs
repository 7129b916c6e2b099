namespace CertStatus.Api.OpenApi;

/// <summary>The examples of the original API contract, by operation.</summary>
internal static class ContractExamples
{
    public static IReadOnlyDictionary<string, (string? Request, string Status, string Response)> ByOperationId { get; } =
        new Dictionary<string, (string?, string, string)>(StringComparer.Ordinal)
        {
            ["CertificationStatuses_List"] = (null, "200", """
                {"data":[{"mentor_id":"mentor-001","certification_type":"peer_mentor_standard","issue_date":"2024-03-15T00:00:00Z","expiry_date":"2026-03-15T00:00:00Z","is_expired":false,"days_until_expiry":89},
                {"mentor_id":"mentor-042","certification_type":"peer_mentor_advanced","issue_date":"2023-09-01T00:00:00Z","expiry_date":"2026-03-31T00:00:00Z","is_expired":false,"days_until_expiry":5}],
                "pagination":{"page":1,"limit":20,"total":87}}
                """),
            ["CertificationStatuses_Get"] = (null, "200", """
                {"mentor_id":"mentor-042","certification_type":"peer_mentor_advanced","issue_date":"2023-09-01T00:00:00Z","expiry_date":"2026-03-31T00:00:00Z","is_expired":false,"days_until_expiry":5,"last_renewal_date":"2023-09-01T00:00:00Z"}
                """),
            ["CertificationStatuses_Create"] = ("""
                {"mentor_id":"mentor-099","certification_type":"peer_mentor_standard","issue_date":"2026-03-26T00:00:00Z","expiry_date":"2028-03-26T00:00:00Z"}
                """, "201", """
                {"mentor_id":"mentor-099","certification_type":"peer_mentor_standard","issue_date":"2026-03-26T00:00:00Z","expiry_date":"2028-03-26T00:00:00Z","is_expired":false,"days_until_expiry":730}
                """),
            ["CertificationStatuses_UpdateExpiry"] = ("""
                {"expiry_date":"2028-06-01T00:00:00Z","updated_reason":"renewal_extension"}
                """, "200", """
                {"mentor_id":"mentor-042","certification_type":"peer_mentor_advanced","expiry_date":"2028-06-01T00:00:00Z","is_expired":false,"days_until_expiry":797}
                """),
            ["CertificationStatuses_Delete"] = (null, "200", """
                {"deleted":true,"mentor_id":"mentor-099"}
                """),
            ["CertificationRenewals_List"] = (null, "200", """
                {"data":[{"renewal_id":"renewal-0041","mentor_id":"mentor-001","renewal_date":"2024-03-15T00:00:00Z","new_expiry_date":"2026-03-15T00:00:00Z","processed_by":"coordinator-007"}],
                "pagination":{"page":1,"limit":20,"total":112}}
                """),
            ["CertificationRenewals_Get"] = (null, "200", """
                {"renewal_id":"renewal-0041","mentor_id":"mentor-001","renewal_date":"2024-03-15T00:00:00Z","new_expiry_date":"2026-03-15T00:00:00Z","processed_by":"coordinator-007","created_at":"2024-03-15T11:00:00Z"}
                """),
            ["CertificationRenewals_Create"] = ("""
                {"mentor_id":"mentor-042","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2028-03-26T00:00:00Z","processed_by":"coordinator-007"}
                """, "201", """
                {"renewal_id":"renewal-0042","mentor_id":"mentor-042","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2028-03-26T00:00:00Z","processed_by":"coordinator-007","created_at":"2026-03-26T09:00:00Z"}
                """),
            ["CertificationRenewals_Update"] = ("""
                {"new_expiry_date":"2028-06-01T00:00:00Z","notes":"Extended per programme policy update"}
                """, "200", """
                {"renewal_id":"renewal-0042","mentor_id":"mentor-042","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2028-06-01T00:00:00Z","updated_at":"2026-03-26T10:00:00Z"}
                """),
            ["CertificationRenewals_Delete"] = (null, "200", """
                {"deleted":true,"renewal_id":"renewal-0042"}
                """),
        };
}
