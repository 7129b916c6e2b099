using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Validation;
using FluentValidation;

namespace CertStatus.Application.Renewals.ListRenewals;

internal sealed class ListRenewalsQueryValidator : AbstractValidator<ListRenewalsQuery>
{
    public static IReadOnlyDictionary<string, RenewalSortOrder> SortOrders { get; } =
        new Dictionary<string, RenewalSortOrder>(StringComparer.Ordinal)
        {
            ["renewal_id"] = RenewalSortOrder.RenewalId,
            ["renewal_date"] = RenewalSortOrder.RenewalDate,
            ["-renewal_date"] = RenewalSortOrder.RenewalDateDescending,
        };

    public ListRenewalsQueryValidator(ListCursors cursors)
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Limit).InclusiveBetween(1, ListPaging.MaxLimit);
        RuleFor(q => q.MentorId).MustBeIdentifier().When(q => q.MentorId is not null);
        RuleFor(q => q.ProcessedBy).MustBeIdentifier().When(q => q.ProcessedBy is not null);
        RuleFor(q => q.Sort)
            .Must(sort => sort is null || SortOrders.ContainsKey(sort))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", SortOrders.Keys)}.");
        RuleFor(q => q.Cursor).MustContinueTheWalk(cursors, ListKind.CertificationRenewals, q => q.Walk, q => q.Page);
    }
}
