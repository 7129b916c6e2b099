using CertStatus.Client.Tests.Support;

namespace CertStatus.Client.Tests;

/// <summary>Every error the service answers reaches the caller as a typed exception carrying its problem details.</summary>
public sealed class ProblemDetailsTests : ServiceFixture
{
    [Test]
    public void CreateAsync_WithExpiryBeforeIssue_ThrowsValidationProblem_KeyedBySnakeCaseField()
    {
        var request = NewStatus("mentor-001");
        request.ExpiryDate = request.IssueDate.AddDays(-1);

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusValidationProblemDetails>>(() => Statuses.CreateAsync(request));

        AssertProblem(exception, 400);
        Assert.That(exception.Result.Errors, Is.Not.Null);
        Assert.That(exception.Result.Errors!.Keys, Is.EquivalentTo(new[] { "expiry_date" }));
        Assert.That(exception.Result.Errors["expiry_date"], Is.EqualTo(new[] { "'expiry_date' must be after 'issue_date'." }));
    }

    [Test]
    public void ExceptionMessage_SaysWhatTheServiceSaid_StatusDetailTraceIdAndFieldErrors()
    {
        var request = NewStatus("mentor-001");
        request.ExpiryDate = request.IssueDate.AddDays(-1);

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusValidationProblemDetails>>(() => Statuses.CreateAsync(request));

        var traceId = exception!.Result.AdditionalProperties["traceId"]?.ToString();
        Assert.That(
            exception.Message,
            Does.StartWith("400 ")
                .And.Contain(exception.Result.Detail)
                .And.Contain($"traceId {traceId}")
                .And.Contain("expiry_date: 'expiry_date' must be after 'issue_date'."));
    }

    [Test]
    public void CreateAsync_WithSeveralBadFields_NamesEachOfThem()
    {
        var request = NewStatus("-not-a-mentor-id");
        request.CertificationType = "gold_star";

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusValidationProblemDetails>>(() => Statuses.CreateAsync(request));

        AssertProblem(exception, 400);
        Assert.That(exception.Result.Errors!.Keys, Is.EquivalentTo(new[] { "mentor_id", "certification_type" }));
    }

    [Test]
    public void ListAsync_WithALimitOutOfRange_ThrowsValidationProblem()
    {
        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusValidationProblemDetails>>(() => Statuses.ListAsync(limit: 101));

        AssertProblem(exception, 400);
        Assert.That(exception.Result.Errors!.Keys, Is.EquivalentTo(new[] { "limit" }));
    }

    [Test]
    public async Task UpdateExpiryAsync_WithExpiryBeforeIssue_ThrowsValidationProblem()
    {
        var created = (await CreateStatusAsync("mentor-001")).Result;

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusValidationProblemDetails>>(() => Statuses.UpdateExpiryAsync(
            "mentor-001",
            new UpdateCertificationExpiryRequest { ExpiryDate = created.IssueDate, UpdatedReason = "typo" }));

        AssertProblem(exception, 400);
        Assert.That(exception.Result.Errors!.Keys, Is.EquivalentTo(new[] { "expiry_date" }));
    }

    [Test]
    public void GetAsync_OfAnUnknownMentor_ThrowsNotFound()
    {
        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Statuses.GetAsync("mentor-404"));

        AssertProblem(exception, 404);
    }

    [Test]
    public void UpdateExpiryAsync_OfAnUnknownMentor_ThrowsNotFound()
    {
        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Statuses.UpdateExpiryAsync(
            "mentor-404",
            new UpdateCertificationExpiryRequest { ExpiryDate = PinnedNow.AddYears(1), UpdatedReason = "none" }));

        AssertProblem(exception, 404);
    }

    [Test]
    public void DeleteAsync_OfAnUnknownMentor_ThrowsNotFound()
    {
        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Statuses.DeleteAsync("mentor-404"));

        AssertProblem(exception, 404);
    }

    [Test]
    public void RenewalGetAsync_OfAnUnknownRenewal_ThrowsNotFound()
    {
        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Renewals.GetAsync("renewal-9999"));

        AssertProblem(exception, 404);
    }

    [Test]
    public void RenewalUpdateAsync_OfAnUnknownRenewal_ThrowsNotFound()
    {
        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() =>
            Renewals.UpdateAsync("renewal-9999", new CorrectRenewalRequest { Notes = "x" }));

        AssertProblem(exception, 404);
    }

    [Test]
    public void RenewalDeleteAsync_OfAnUnknownRenewal_ThrowsNotFound()
    {
        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Renewals.DeleteAsync("renewal-9999"));

        AssertProblem(exception, 404);
    }

    [Test]
    public async Task CreateAsync_OfAnExistingMentor_ThrowsConflict()
    {
        await CreateStatusAsync("mentor-001");

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => CreateStatusAsync("mentor-001"));

        AssertProblem(exception, 409);
    }

    [Test]
    public async Task UpdateExpiryAsync_WithAStaleETag_ThrowsPreconditionFailed_AndChangesNothing()
    {
        await CreateStatusAsync("mentor-001");
        var read = await Statuses.GetAsync("mentor-001");
        var changed = await Statuses.UpdateExpiryAsync(
            "mentor-001",
            new UpdateCertificationExpiryRequest { ExpiryDate = PinnedNow.AddYears(2), UpdatedReason = "someone else" });

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Statuses.UpdateExpiryAsync(
            "mentor-001",
            new UpdateCertificationExpiryRequest { ExpiryDate = PinnedNow.AddYears(3), UpdatedReason = "mine" },
            ifMatch: read.ETag));

        AssertProblem(exception, 412);
        var current = await Statuses.GetAsync("mentor-001");
        Assert.That(current.Result.ExpiryDate, Is.EqualTo(PinnedNow.AddYears(2)));
        Assert.That(current.ETag, Is.EqualTo(changed.ETag));
    }

    [Test]
    public async Task DeleteAsync_WithAStaleETag_ThrowsPreconditionFailed_AndKeepsTheStatus()
    {
        await CreateStatusAsync("mentor-001");
        var read = await Statuses.GetAsync("mentor-001");
        await Statuses.UpdateExpiryAsync(
            "mentor-001",
            new UpdateCertificationExpiryRequest { ExpiryDate = PinnedNow.AddYears(2), UpdatedReason = "someone else" });

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Statuses.DeleteAsync("mentor-001", ifMatch: read.ETag));

        AssertProblem(exception, 412);
        Assert.That((await Statuses.GetAsync("mentor-001")).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task RenewalUpdateAsync_WithAStaleETag_ThrowsPreconditionFailed()
    {
        await CreateStatusAsync("mentor-001");
        var renewalId = (await RenewAsync("mentor-001", PinnedNow.AddYears(2))).Result.RenewalId;
        var read = await Renewals.GetAsync(renewalId);
        await Renewals.UpdateAsync(renewalId, new CorrectRenewalRequest { Notes = "someone else" });

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() =>
            Renewals.UpdateAsync(renewalId, new CorrectRenewalRequest { Notes = "mine" }, ifMatch: read.ETag));

        AssertProblem(exception, 412);
        Assert.That((await Renewals.GetAsync(renewalId)).Result.Notes, Is.EqualTo("someone else"));
    }

    [Test]
    public async Task RenewalDeleteAsync_WithAStaleETag_ThrowsPreconditionFailed()
    {
        await CreateStatusAsync("mentor-001");
        var renewalId = (await RenewAsync("mentor-001", PinnedNow.AddYears(2))).Result.RenewalId;
        var read = await Renewals.GetAsync(renewalId);
        await Renewals.UpdateAsync(renewalId, new CorrectRenewalRequest { Notes = "someone else" });

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Renewals.DeleteAsync(renewalId, ifMatch: read.ETag));

        AssertProblem(exception, 412);
        Assert.That((await Renewals.GetAsync(renewalId)).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void RenewalCreateAsync_ForAnUnknownMentor_ThrowsUnprocessableEntity()
    {
        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => RenewAsync("mentor-404", PinnedNow.AddYears(1)));

        AssertProblem(exception, 422);
    }

    [Test]
    public async Task RenewalCreateAsync_NotExtendingTheExpiry_ThrowsValidationProblem()
    {
        await CreateStatusAsync("mentor-001", PinnedNow.AddYears(1));

        var exception = Assert.ThrowsAsync<CertStatusApiException<CertStatusValidationProblemDetails>>(() => RenewAsync("mentor-001", PinnedNow.AddMonths(6)));

        AssertProblem(exception, 400);
        Assert.That(exception.Result.Errors!.Keys, Is.EquivalentTo(new[] { "new_expiry_date" }));
    }

    /// <summary>Status code on the exception and in the body, a title, a detail and the trace id (SPEC §4).</summary>
    private static void AssertProblem<TProblem>(CertStatusApiException<TProblem>? exception, int status)
        where TProblem : ICertStatusProblem
    {
        Assert.That(exception, Is.Not.Null);
        var problem = exception!.Result;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.StatusCode, Is.EqualTo(status), exception.Response);
            Assert.That(problem.Status, Is.EqualTo(status));
            Assert.That(problem.Type, Is.Not.Null.And.Not.Empty);
            Assert.That(problem.Title, Is.Not.Null.And.Not.Empty);
            Assert.That(problem.Detail, Is.Not.Null.And.Not.Empty);
            Assert.That(problem.AdditionalProperties, Does.ContainKey("traceId"));
            Assert.That(problem.AdditionalProperties["traceId"]?.ToString(), Is.Not.Null.And.Not.Empty);
        }
    }
}
