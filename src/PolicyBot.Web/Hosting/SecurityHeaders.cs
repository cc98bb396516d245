using Microsoft.Extensions.Options;

namespace PolicyBot.Web.Hosting;

/// <summary>
/// Security headers on every response: a Content-Security-Policy, <c>nosniff</c>, a strict referrer policy, and
/// framing limited to PolicyBot's own pages, except the widget frame page, which the sites in
/// <c>PolicyBot:Widget:AllowedOrigins</c> may embed.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UsePolicyBotSecurityHeaders(this IApplicationBuilder app)
    {
        var web = app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value;
        var widget = app.ApplicationServices.GetRequiredService<IOptions<WidgetOptions>>().Value;
        var pageCsp = $"{web.ContentSecurityPolicy.TrimEnd(' ', ';')}; frame-ancestors 'self'";
        var widgetCsp = $"{web.ContentSecurityPolicy.TrimEnd(' ', ';')}; frame-ancestors {WidgetFrameAncestors(widget)}";
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (IsWidgetFrame(context.Request.Path, widget.FramePath))
            {
                headers.ContentSecurityPolicy = widgetCsp;
            }
            else
            {
                headers.ContentSecurityPolicy = pageCsp;
                headers.XFrameOptions = "SAMEORIGIN";
            }
            return next(context);
        });
    }

    /// <summary>The <c>frame-ancestors</c> sources of the widget frame page: PolicyBot itself and the allowed sites.</summary>
    public static string WidgetFrameAncestors(WidgetOptions widget) =>
        widget.AllowsAnyOrigin
            ? "*"
            : string.Join(' ', new[] { "'self'" }.Concat(widget.AllowedOrigins.Select(o => o.Trim().TrimEnd('/')).Where(o => o.Length > 0)));

    private static bool IsWidgetFrame(PathString path, string framePath) =>
        path.Equals(framePath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(framePath, StringComparison.OrdinalIgnoreCase);
}
