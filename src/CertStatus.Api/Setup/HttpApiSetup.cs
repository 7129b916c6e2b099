using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using CertStatus.Api.Errors;
using CertStatus.Api.Http;
using CertStatus.Api.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace CertStatus.Api.Setup;

internal static class HttpApiSetup
{
    /// <summary>Controllers, the JSON contract, request limits and problem details for every error.</summary>
    public static WebApplicationBuilder AddCertStatusHttpApi(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxRequestBodyBytes);

        builder.Services
            .AddControllers(mvc =>
            {
                mvc.Conventions.Add(new ProblemResponsesConvention());
                mvc.Conventions.Add(new ContractAliasRoutesConvention());
                mvc.Filters.Add(new RejectUnknownQueryParametersFilter());
                mvc.ModelBinderProviders.Insert(0, new StrictIntegerModelBinderProvider());
                mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;

                // Validation is the application layer's (FluentValidation); data annotations on
                // the contracts only describe them in the OpenAPI document.
                mvc.ModelValidatorProviders.Clear();
            })
            .AddJsonOptions(json => ConfigureJson(json.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = InvalidRequestResponse.Create);
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(json => json.AllowInputFormatterExceptionMessages = false);

        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Status ??= status;
            problem.Type ??= ProblemTypes.For(status);
            problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
            problem.Detail ??= DefaultDetail(status);
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return builder;
    }

    /// <summary>Every failure and every bare status code (404, 405, …) answered as problem details.</summary>
    public static WebApplication UseCertStatusErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Expected outcomes (404, 409, 412, …) are answers, not faults, and a database that cannot
            // serve is logged once when that begins: keep both out of the error log.
            SuppressDiagnosticsCallback = context =>
                ExpectedFailures.IsExpected(context.Exception) || DatabaseUnavailableAnswers.IsMarked(context.HttpContext),
        });
        app.UseStatusCodePages();
        return app;
    }

    public static WebApplication MapCertStatusApi(this WebApplication app)
    {
        app.MapControllers();
        return app;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;

        // Names are exactly the contract's: "MENTOR_ID" is an unknown member, not mentor_id.
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new Rfc3339DateTimeOffsetConverter());
        options.TypeInfoResolverChain.Insert(0, CertStatusJsonContext.Default);
    }

    private static string DefaultDetail(int? status) => status switch
    {
        StatusCodes.Status404NotFound => "No resource exists at this address.",
        StatusCodes.Status405MethodNotAllowed => "This address does not accept that method.",
        StatusCodes.Status406NotAcceptable => "This service answers only in JSON.",
        StatusCodes.Status415UnsupportedMediaType => "Send the request body as application/json.",
        StatusCodes.Status429TooManyRequests => "Too many requests from this client; retry after the time in Retry-After.",
        StatusCodes.Status503ServiceUnavailable => "The service cannot answer right now; retry after the time in Retry-After.",
        _ => "The request could not be completed.",
    };
}
