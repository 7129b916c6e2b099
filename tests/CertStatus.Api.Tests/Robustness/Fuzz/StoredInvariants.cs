using CertStatus.Api.Tests.Robustness.Hostile;
using CertStatus.Domain.Certifications;

namespace CertStatus.Api.Tests.Robustness.Fuzz;

/// <summary>
/// The rules every stored row obeys whatever requests came before (SPEC §2), checked on a
/// <see cref="DatabaseSnapshot"/>. Returns what is broken, one line each; empty when all hold.
/// </summary>
public static class StoredInvariants
{
    private static readonly string[] CertificationTypes = ["peer_mentor_standard", "peer_mentor_advanced"];

    public static IReadOnlyList<string> Violations(DatabaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var violations = new List<string>();
        var certifications = snapshot.Certifications.ToDictionary(row => row.Text("mentor_id")!, StringComparer.Ordinal);

        foreach (var (mentorId, row) in certifications)
        {
            void Check(bool holds, string rule)
            {
                if (!holds)
                {
                    violations.Add($"certification '{mentorId}': {rule}");
                }
            }

            var issue = row.Date("issue_date")!.Value;
            var expiry = row.Date("expiry_date")!.Value;
            Check(CertificationRules.IsValidIdentifier(mentorId), "mentor_id is not a well-formed id");
            Check(CertificationTypes.Contains(row.Text("certification_type")), $"certification_type '{row.Text("certification_type")}' is not configured");
            Check(expiry > issue, $"expiry {expiry:O} is not after issue {issue:O}");
            Check(InRange(issue) && InRange(expiry), "a date is outside 1900–2999");
            Check(row.Text("updated_reason") is null or { Length: > 0 and <= 200 }, "updated_reason is empty or longer than 200");

            var renewals = snapshot.Renewals.Where(r => r.Text("mentor_id") == mentorId).OrderBy(r => r.Number("sequence")).ToList();
            var lastRenewalDate = row.Date("last_renewal_date");
            if (renewals.Count == 0)
            {
                Check(lastRenewalDate is null || lastRenewalDate == issue, "last_renewal_date is set though there are no renewals");
            }
            else
            {
                var latest = renewals[^1];
                Check(lastRenewalDate == latest.Date("renewal_date"), "last_renewal_date is not the latest renewal's renewal_date");

                // A PUT of the status moves the expiry on its own (and leaves its reason); without one, the latest renewal decides it.
                Check(row.Text("updated_reason") is not null || expiry == latest.Date("new_expiry_date"), "expiry is not the latest renewal's new_expiry_date");
            }
        }

        foreach (var renewal in snapshot.Renewals)
        {
            var id = RenewalIds.Format(renewal.Number("renewal_number"));
            void Check(bool holds, string rule)
            {
                if (!holds)
                {
                    violations.Add($"{id}: {rule}");
                }
            }

            var renewalDate = renewal.Date("renewal_date")!.Value;
            var newExpiry = renewal.Date("new_expiry_date")!.Value;
            var previousExpiry = renewal.Date("previous_expiry_date")!.Value;
            Check(renewal.Number("renewal_number") > 0 && RenewalIds.TryParse(id, out _), "renewal id is not well formed");
            Check(certifications.TryGetValue(renewal.Text("mentor_id")!, out var owner), "belongs to no certification");
            Check(CertificationRules.IsValidIdentifier(renewal.Text("processed_by")), "processed_by is not a well-formed id");
            Check(renewal.Text("notes") is not { Length: > 2000 }, "notes are longer than 2000");
            Check(newExpiry > renewalDate, "new_expiry_date is not after renewal_date");
            Check(newExpiry > previousExpiry, "new_expiry_date is not after previous_expiry_date");
            Check(owner is null || renewalDate >= owner.Date("issue_date"), "renewal_date is before the certification's issue_date");
            Check(InRange(renewalDate) && InRange(newExpiry), "a date is outside 1900–2999");
        }

        return violations;
    }

    private static bool InRange(DateTime value) => value.Year is >= CertificationRules.EarliestYear and <= CertificationRules.LatestYear;
}
