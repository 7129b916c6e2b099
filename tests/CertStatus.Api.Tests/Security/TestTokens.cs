using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CertStatus.Api.Tests.Security;

/// <summary>Access tokens minted in the test, signed with the key the service is configured with.</summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.certstatus.test";
    public const string Audience = "certstatus-api";
    public const string SigningKey = "certstatus-tests-signing-key-of-at-least-256-bits";
    public const string OtherSigningKey = "another-key-that-the-service-has-never-heard-of-00";
    public const string Subject = "svc-mentoring-portal";
    public const string ReadWrite = "certifications.read certifications.write";

    /// <summary>A token for <see cref="Subject"/> carrying the given scope claim value (a string or an array).</summary>
    public static string WithScope(object scope, string claim = "scope", string subject = Subject) =>
        Mint(new Dictionary<string, object> { ["sub"] = subject, [claim] = scope });

    public static string Mint(
        IDictionary<string, object> claims,
        DateTime? expires = null,
        string signingKey = SigningKey,
        string audience = Audience,
        string issuer = Issuer)
    {
        // Lifetimes are checked against the real clock, not the service's pinned TimeProvider.
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(10);
        var notBefore = expiry < now ? expiry.AddHours(-1) : now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expiry,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
                SecurityAlgorithms.HmacSha256),
        });
    }
}
