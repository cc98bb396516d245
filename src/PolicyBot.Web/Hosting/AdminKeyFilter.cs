using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PolicyBot.Configuration;
using PolicyBot.Web.Apis;

namespace PolicyBot.Web.Hosting;

/// <summary>
/// Guards the admin endpoints: the <c>X-Api-Key</c> header must equal <c>PolicyBot:AdminApiKey</c> (compared in
/// constant time), else 401. With no key configured the endpoints are disabled (403). The key is never logged.
/// </summary>
public sealed partial class AdminKeyFilter(IOptionsMonitor<PolicyBotOptions> options, ILogger<AdminKeyFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.CurrentValue.AdminApiKey;
        if (string.IsNullOrEmpty(configured))
            return ApiProblems.Forbidden("Document administration is disabled: set PolicyBot:AdminApiKey to enable upload and delete.");
        var http = context.HttpContext;
        var given = http.Request.Headers[HeaderName].ToString();
        if (!KeysMatch(given, configured))
        {
            LogRejected(logger, http.Request.Method, http.Request.Path, given.Length == 0 ? "missing" : "wrong");
            return ApiProblems.Unauthorized($"A valid {HeaderName} header is required.");
        }
        return await next(context);
    }

    /// <summary>Constant time whatever the keys' lengths: both are hashed first, then compared with FixedTimeEquals.</summary>
    public static bool KeysMatch(string given, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} refused: {State} admin key")]
    private static partial void LogRejected(ILogger logger, string method, string path, string state);
}
