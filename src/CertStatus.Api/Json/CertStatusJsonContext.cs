using System.Text.Json.Serialization;
using CertStatus.Api.Contracts;
using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.DeleteCertification;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Changes;
using CertStatus.Application.Changes.GetLatestChangeToken;
using CertStatus.Application.Changes.ListChanges;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.DeleteRenewal;
using CertStatus.Application.Renewals.ListRenewals;

namespace CertStatus.Api.Json;

/// <summary>
/// Serialization code generated at build time for every body the API reads and writes, so that
/// neither start-up nor the first request of each shape builds it by reflection. It is first in
/// the resolver chain of the options <see cref="Setup.HttpApiSetup.ConfigureJson"/> sets, whose
/// naming, strictness and RFC 3339 converter still apply; any other type falls through to reflection.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CertificationResponse))]
[JsonSerializable(typeof(ListCertificationsResponse))]
[JsonSerializable(typeof(DeleteCertificationResponse))]
[JsonSerializable(typeof(RenewalResponse))]
[JsonSerializable(typeof(ListRenewalsResponse))]
[JsonSerializable(typeof(DeleteRenewalResponse))]
[JsonSerializable(typeof(ChangeTokenResponse))]
[JsonSerializable(typeof(ListChangesResponse))]
[JsonSerializable(typeof(ChangeResponse))]
[JsonSerializable(typeof(CreateCertificationStatusRequest))]
[JsonSerializable(typeof(UpdateCertificationExpiryRequest))]
[JsonSerializable(typeof(RecordRenewalRequest))]
[JsonSerializable(typeof(CorrectRenewalRequest))]
internal sealed partial class CertStatusJsonContext : JsonSerializerContext;
