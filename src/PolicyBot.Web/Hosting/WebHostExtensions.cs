using PolicyBot.Configuration;
using PolicyBot.Web.Components;

namespace PolicyBot.Web.Hosting;

public static class WebHostExtensions
{
    /// <summary>Registers PolicyBot's pipeline, the HTTP API and the Blazor UI.</summary>
    public static IHostApplicationBuilder AddPolicyBotWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddPolicyBot(builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    /// <summary>Maps the API endpoints, the Blazor pages and static assets.</summary>
    public static WebApplication MapPolicyBotWeb(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapGet("/health", () => Results.Ok(new { status = "starting", documents = 0 }));
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
