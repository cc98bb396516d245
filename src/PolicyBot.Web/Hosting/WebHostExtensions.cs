using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PolicyBot.Qdrant;
using PolicyBot.Configuration;
using PolicyBot.Contracts;
using PolicyBot.Index;
using PolicyBot.Web.Apis;
using PolicyBot.Web.Components;

namespace PolicyBot.Web.Hosting;

public static class WebHostExtensions
{
    /// <summary>Where the host listens unless ASPNETCORE_URLS, --urls or Kestrel:Endpoints say otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The repository's appsettings.json, copied beside the assembly: defaults when run from another folder.</summary>
    public const string BundledSettings = "appsettings.bundled.json";

    /// <summary>Registers PolicyBot's pipeline, the HTTP API and the Blazor UI.</summary>
    public static WebApplicationBuilder AddPolicyBotWeb(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = BundledSettings,
            Optional = true,
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
            builder.WebHost.UseUrls(DefaultUrl);

        var services = builder.Services;
        services.AddPolicyBot(builder.Configuration);
        services.AddPolicyBotQdrant(builder.Configuration);
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName);

        services.TryAddSingleton<IDocumentLibrary>(sp => new PolicyIndexLibrary(sp.GetRequiredService<PolicyIndex>()));
        services.AddSingleton<IndexReadiness>();
        services.AddSingleton<DependencyHealth>();
        services.AddSingleton<ChatLog>();
        services.AddHostedService<CorpusLoader>();
        services.TryAddSingleton<PolicyBot.Web.Components.Services.FeedbackStore>();

        services.ConfigureHttpJsonOptions(o => PolicyBotJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddWidgetLimits(builder.Configuration.GetSection(WidgetOptions.SectionName).Get<WidgetOptions>() ?? new());
        services.AddTrustedProxies(builder.Configuration.GetSection(WebOptions.SectionName).Get<WebOptions>()?.TrustedProxies ?? []);

        services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true); // SecurityHeaders sets framing rules per page
        services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    /// <summary>Maps the API endpoints, the Blazor pages and static assets.</summary>
    public static WebApplication MapPolicyBotWeb(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<WebOptions>>().Value.TrustedProxies.Length > 0) app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UsePolicyBotSecurityHeaders();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapHealthApi();
        app.MapDocumentsApi();
        app.MapDocumentAdminApi();
        app.MapSearchApi();
        app.MapChatApi();
        app.MapWidgetApi();
        app.MapOpenAiApi();
        // SecurityHeaders sets frame-ancestors per page (the widget frame may be embedded); Blazor's own is turned off.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/v1") || path.StartsWithSegments("/health");

    /// <summary>Believes X-Forwarded-For/-Proto from the configured proxies only (see <see cref="WebOptions.TrustedProxies"/>).</summary>
    private static void AddTrustedProxies(this IServiceCollection services, string[] trusted)
    {
        if (trusted.Length == 0) return;
        var proxies = new List<System.Net.IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in trusted.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network) && entry.Contains('/')) networks.Add(network);
            else if (System.Net.IPAddress.TryParse(entry, out var address)) proxies.Add(address);
            else throw new OptionsValidationException(WebOptions.SectionName, typeof(WebOptions),
                [$"PolicyBot:Web:TrustedProxies: “{entry}” is neither an IP address nor a network such as 10.0.0.0/8."]);
        }
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies) o.KnownProxies.Add(p);
            foreach (var n in networks) o.KnownIPNetworks.Add(n);
        });
    }

    /// <summary>The widget's per-client rate limit (429 with Retry-After) and its CORS policy.</summary>
    private static void AddWidgetLimits(this IServiceCollection services, WidgetOptions widget)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(WidgetApi.RateLimitPolicy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<WidgetOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = limits.QueueLimit,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    });
            });
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = ApiProblems.TitleFor(StatusCodes.Status429TooManyRequests),
                        Detail = "Too many questions from this address; try again shortly.",
                    },
                });
            };
        });
        services.AddCors(o => o.AddPolicy(WidgetApi.CorsPolicy, policy =>
        {
            if (widget.AllowsAnyOrigin) policy.AllowAnyOrigin();
            else policy.WithOrigins(widget.AllowedOrigins.Select(s => s.Trim().TrimEnd('/')).Where(s => s.Length > 0).ToArray());
            policy.WithMethods("POST").WithHeaders("Content-Type", "Accept").WithExposedHeaders("Retry-After");
        }));
    }
}
