using CertStatus.Domain.Certifications;
using FluentValidation;

namespace CertStatus.Application.Common.Validation;

/// <summary>Rules shared by several validators, phrased once.</summary>
internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, string?> MustBeIdentifier<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty()
            .Must(CertificationRules.IsValidIdentifier)
            .WithMessage($"'{{PropertyName}}' must be 1–{CertificationRules.IdentifierMaxLength} characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit.");

    public static IRuleBuilderOptions<T, DateTimeOffset?> MustBeSupportedDate<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.NotNull()
            .Must(value => value is null || CertificationRules.IsWithinSupportedRange(value.Value))
            .WithMessage($"'{{PropertyName}}' must fall in the years {CertificationRules.EarliestYear}–{CertificationRules.LatestYear}.");

    public static IRuleBuilderOptions<T, string?> MustBeConfiguredType<T>(
        this IRuleBuilder<T, string?> rule,
        IReadOnlyList<string> allowedTypes) =>
        rule.Must(value => value is not null && allowedTypes.Contains(value, StringComparer.Ordinal))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", allowedTypes)}.");
}
