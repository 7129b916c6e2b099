using CertStatus.Application.Common.Validation;

namespace CertStatus.Application.Tests;

/// <summary>Names validation failures as the API does (<c>mentor_id</c>), once for every test in the assembly.</summary>
[SetUpFixture]
public sealed class ValidationNamesSetUp
{
    [OneTimeSetUp]
    public void UseSnakeCaseNames() => SnakeCaseNames.UseForValidation();
}
