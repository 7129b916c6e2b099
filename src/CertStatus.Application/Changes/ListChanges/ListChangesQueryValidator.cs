using CertStatus.Application.Common.ChangeFeed;
using FluentValidation;

namespace CertStatus.Application.Changes.ListChanges;

internal sealed class ListChangesQueryValidator : AbstractValidator<ListChangesQuery>
{
    public ListChangesQueryValidator(ChangeTokens tokens)
    {
        RuleFor(q => q.Since)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("'{PropertyName}' is required: a token from /api/v1/changes/latest, or the next_token of a page.")
            .Must(since => tokens.Read(since) is not null)
            .WithMessage("'{PropertyName}' is not a change token this service issued; start from a token of /api/v1/changes/latest.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ChangeFeedPaging.MaxLimit);
    }
}
