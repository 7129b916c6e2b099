using CertStatus.Api.Idempotency;
using Microsoft.Extensions.Primitives;

namespace CertStatus.Api.Tests.Idempotency;

public sealed class IdempotencyKeyHeaderTests
{
    [TestCase("k")]
    [TestCase(" ~")]
    [TestCase("0f8fad5b-d9cb-469f-a165-70867728950e")]
    public void Refusal_OfOnePrintableAsciiKey_IsNone(string key) =>
        Assert.That(IdempotencyKeyHeader.Refusal(new StringValues(key)), Is.Null);

    [Test]
    public void Refusal_OfAKeyOfTheLongestLength_IsNone() =>
        Assert.That(IdempotencyKeyHeader.Refusal(new StringValues(new string('k', 200))), Is.Null);

    [TestCase("", TestName = "Refusal_OfAnEmptyKey_SaysWhatAKeyIs")]
    [TestCase("clé", TestName = "Refusal_OfANonAsciiKey_SaysWhatAKeyIs")]
    [TestCase("key\t1", TestName = "Refusal_OfAKeyWithAControlCharacter_SaysWhatAKeyIs")]
    public void Refusal_OfAKeyOutsidePrintableAscii_SaysWhatAKeyIs(string key) =>
        Assert.That(IdempotencyKeyHeader.Refusal(new StringValues(key)), Is.EqualTo("'Idempotency-Key' must be 1–200 printable ASCII characters."));

    [Test]
    public void Refusal_OfAKeyLongerThanTheLongest_SaysWhatAKeyIs() =>
        Assert.That(IdempotencyKeyHeader.Refusal(new StringValues(new string('k', 201))), Is.EqualTo("'Idempotency-Key' must be 1–200 printable ASCII characters."));

    [Test]
    public void Refusal_OfAHeaderWithoutValues_SaysWhatAKeyIs() =>
        Assert.That(IdempotencyKeyHeader.Refusal(StringValues.Empty), Is.EqualTo("'Idempotency-Key' must be 1–200 printable ASCII characters."));

    [Test]
    public void Refusal_OfTwoKeys_SaysToGiveItOnce() =>
        Assert.That(IdempotencyKeyHeader.Refusal(new StringValues(["key-1", "key-2"])), Is.EqualTo("'Idempotency-Key' must be given once."));
}
