using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Certifications.ListCertifications;

internal sealed class ListCertificationsQueryValidator : AbstractValidator<ListCertificationsQuery>
{
    /// <summary>A hundred years ahead is further than any certification runs; it keeps the arithmetic in range.</summary>
    public const int MaxExpiringWithinDays = 36_500;

    public static IReadOnlyDictionary<string, CertificationSortOrder> SortOrders { get; } =
        new Dictionary<string, CertificationSortOrder>(StringComparer.Ordinal)
        {
            ["mentor_id"] = CertificationSortOrder.MentorId,
            ["expiry_date"] = CertificationSortOrder.ExpiryDate,
            ["-expiry_date"] = CertificationSortOrder.ExpiryDateDescending,
        };

    public ListCertificationsQueryValidator(IOptions<CertificationTypeOptions> options, ListCursors cursors)
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Limit).InclusiveBetween(1, ListPaging.MaxLimit);
        RuleFor(q => q.CertificationType).MustBeConfiguredType(options.Value.Allowed).When(q => q.CertificationType is not null);
        RuleFor(q => q.ExpiringWithinDays).InclusiveBetween(0, MaxExpiringWithinDays);
        RuleFor(q => q.Sort)
            .Must(sort => sort is null || SortOrders.ContainsKey(sort))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", SortOrders.Keys)}.");
        RuleFor(q => q.Cursor).MustContinueTheWalk(cursors, ListKind.CertificationStatuses, q => q.Walk, q => q.Page);
    }
}
