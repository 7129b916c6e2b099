using CertStatus.Application.Common.Paging;
using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Rules;
using FluentValidation;

namespace CertStatus.Application.Common.Validation;

/// <summary>Rules shared by several validators, phrased once.</summary>
internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, string?> MustBeIdentifier<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty()
            .Must(CertificationRules.IsValidIdentifier)
            .WithMessage($"'{{PropertyName}}' {IdentifierRule.Requirement}");

    public static IRuleBuilderOptions<T, DateTimeOffset?> MustBeSupportedDate<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.NotNull()
            .Must(value => value is null || CertificationRules.IsWithinSupportedRange(value.Value))
            .WithMessage($"'{{PropertyName}}' {SupportedDateRule.Requirement}");

    public static IRuleBuilderOptions<T, string?> MustBeConfiguredType<T>(
        this IRuleBuilder<T, string?> rule,
        IReadOnlyList<string> allowedTypes) =>
        rule.Must(value => value is not null && allowedTypes.Contains(value, StringComparer.Ordinal))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", allowedTypes)}.");

    /// <summary>
    /// A list's <c>cursor</c> (SPEC §3): one this service issued for this collection, for the
    /// same filters and sort as the request, and never beside <c>page</c>.
    /// </summary>
    public static void MustContinueTheWalk<T>(
        this IRuleBuilderInitial<T, string?> rule,
        ListCursors cursors,
        ListKind collection,
        Func<T, ulong> walkOf,
        Func<T, int?> pageOf) =>
        rule.Custom((text, context) =>
        {
            if (text is null)
            {
                return;
            }

            if (pageOf(context.InstanceToValidate) is not null)
            {
                context.AddFailure("'{PropertyName}' cannot be combined with 'page': a cursor already says where its page starts.");
            }
            else if (cursors.Read(text) is not { } cursor || cursor.Collection != collection)
            {
                context.AddFailure("'{PropertyName}' is not a cursor this service issued for this list; start again from the first page.");
            }
            else if (cursor.Walk != walkOf(context.InstanceToValidate))
            {
                context.AddFailure("'{PropertyName}' continues a walk with other filters or sort; repeat the filters and sort of the request that returned it.");
            }
        });
}
