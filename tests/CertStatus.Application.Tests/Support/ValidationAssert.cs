using FluentValidation.Results;

namespace CertStatus.Application.Tests.Support;

internal static class ValidationAssert
{
    /// <summary>Asserts that exactly these fields failed, whatever the number of messages each has.</summary>
    public static void FailedOn(ValidationResult result, params string[] propertyNames) =>
        Assert.That(result.Errors.Select(error => error.PropertyName).Distinct(), Is.EquivalentTo(propertyNames));

    public static void IsValid(ValidationResult result) =>
        Assert.That(result.Errors.Select(error => $"{error.PropertyName}: {error.ErrorMessage}"), Is.Empty);
}
