using System.Text;
using CertStatus.Api.Configuration;
using CertStatus.Api.Security;
using CertStatus.Application.Common.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CertStatus.Api.Setup;

/// <summary>
/// Optional JWT bearer authentication, configured from the <c>Authentication</c> section. Off by
/// default (the contract marks every route public): then every route is open and start-up says so.
/// On, writes need the scope <c>certifications.write</c>, and reads <c>certifications.read</c> when
/// <c>Authentication:RequireForReads</c> is true.
/// </summary>
internal static partial class AuthenticationSetup
{
    public static WebApplicationBuilder AddCertStatusAuthentication(this WebApplicationBuilder builder)
    {
        var settings = builder.AddValidatedOptions<AuthenticationSettings>(AuthenticationSettings.SectionName);
        builder.Services.AddHttpContextAccessor();

        // A singleton: it holds nothing but reads the current request through IHttpContextAccessor,
        // so the pooled DbContext's interceptor can use it.
        builder.Services.AddSingleton<ICurrentCaller, HttpContextCurrentCaller>();
        if (!settings.IsEnabled)
        {
            return builder;
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt => ConfigureJwtBearer(jwt, settings));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Scopes.Read, policy => RequireScope(policy, Scopes.Read))
            .AddPolicy(Scopes.Write, policy => RequireScope(policy, Scopes.Write));
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();
        builder.Services.Configure<MvcOptions>(mvc => mvc.Conventions.Add(new ScopeAuthorizationConvention(settings.RequireForReads)));
        return builder;
    }

    /// <summary>Authenticates every request that carries a token and authorizes the API's routes; after routing.</summary>
    public static WebApplication UseCertStatusAuthentication(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<AuthenticationSettings>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthenticationSetup).FullName!);
        if (!settings.IsEnabled)
        {
            LogAuthenticationOff(logger);
            return app;
        }

        if (!AuthenticationSettings.HasValue(settings.Audience))
        {
            LogAudienceNotChecked(logger);
        }

        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void ConfigureJwtBearer(JwtBearerOptions jwt, AuthenticationSettings settings)
    {
        // Claims keep the names the token gives them ("sub", "scope", "scp"), not WS-Federation URIs.
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.NameClaimType = "name";
        jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;

        if (AuthenticationSettings.HasValue(settings.Authority))
        {
            jwt.Authority = settings.Authority;
        }

        if (AuthenticationSettings.HasValue(settings.SigningKey))
        {
            jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!));
        }

        if (AuthenticationSettings.HasValue(settings.Audience))
        {
            jwt.Audience = settings.Audience;
        }
        else
        {
            jwt.TokenValidationParameters.ValidateAudience = false;
        }

        if (AuthenticationSettings.HasValue(settings.Issuer))
        {
            jwt.TokenValidationParameters.ValidIssuer = settings.Issuer;
        }
        else if (!AuthenticationSettings.HasValue(settings.Authority))
        {
            // A shared key without an issuer: whoever holds the key is the issuer.
            jwt.TokenValidationParameters.ValidateIssuer = false;
        }
    }

    private static void RequireScope(AuthorizationPolicyBuilder policy, string scope) => policy
        .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser()
        .AddRequirements(new ScopeRequirement(scope));

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Authentication is off: every route, writes included, accepts unauthenticated callers. "
            + "Set Authentication:Authority (or Authentication:SigningKey) to require bearer tokens.")]
    private static partial void LogAuthenticationOff(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Authentication:Audience is not set: tokens issued for any audience are accepted.")]
    private static partial void LogAudienceNotChecked(ILogger logger);
}
