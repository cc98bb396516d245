using PolicyBot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPolicyBotWeb();

var app = builder.Build();
app.MapPolicyBotWeb();
app.Run();

/// <summary>The web host's entry point (public for WebApplicationFactory in the tests).</summary>
public partial class Program;
