using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PolicyBot.Configuration;
using PolicyBot.Qdrant;

namespace PolicyBot.Web.Hosting;

/// <summary>
/// The state of PolicyBot's optional dependencies for <c>/health</c>: the LLM endpoint and Qdrant are each
/// <c>ok</c>, <c>unreachable</c> or <c>disabled</c> (not configured). Probes are short and cached, so a dead
/// endpoint never slows <c>/health</c> down for long. Qdrant is asked through the adapter's own health check
/// (<see cref="QdrantHealth"/>) when the adapter is registered.
/// </summary>
public sealed partial class DependencyHealth(IOptions<PolicyBotOptions> options, ILogger<DependencyHealth> logger,
    QdrantHealth? qdrantHealth = null)
{
    public const string Ok = "ok";
    public const string Unreachable = "unreachable";
    public const string Disabled = "disabled";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _probing = new(1, 1);
    private (DateTimeOffset At, string Llm, string Qdrant)? _last;

    public async Task<(string Llm, string Qdrant)> CheckAsync(CancellationToken cancellationToken)
    {
        if (_last is { } cached && DateTimeOffset.UtcNow - cached.At < CacheFor) return (cached.Llm, cached.Qdrant);
        await _probing.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } again && DateTimeOffset.UtcNow - again.At < CacheFor) return (again.Llm, again.Qdrant);
            var o = options.Value;
            var llm = string.Equals(o.Chat.Provider, "OpenAI", StringComparison.OrdinalIgnoreCase)
                ? await ProbeAsync("llm", o.Chat.Endpoint, cancellationToken)
                : Disabled;
            var qdrant = !string.Equals(o.VectorStore.Provider, "Qdrant", StringComparison.OrdinalIgnoreCase) ? Disabled
                : qdrantHealth is not null ? await QdrantStateAsync(qdrantHealth, cancellationToken)
                : await ProbeAsync("qdrant", o.Qdrant.Endpoint, cancellationToken);
            _last = (DateTimeOffset.UtcNow, llm, qdrant);
            return (llm, qdrant);
        }
        finally
        {
            _probing.Release();
        }
    }

    private async Task<string> QdrantStateAsync(QdrantHealth health, CancellationToken cancellationToken)
    {
        var status = await health.CheckAsync(cancellationToken);
        if (status.IsAvailable) return Ok;
        LogUnreachable(logger, "qdrant", status.Detail);
        return Unreachable;
    }

    /// <summary>Reachable means a TCP connection to the endpoint's host and port opens within the probe timeout.</summary>
    private async Task<string> ProbeAsync(string name, string? endpoint, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            LogUnreachable(logger, name, "no valid endpoint configured");
            return Unreachable;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(uri.Host, uri.Port, timeout.Token);
            return Ok;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, name, e is OperationCanceledException ? "connection timed out" : e.Message);
            return Unreachable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dependency {Name} is unreachable: {Reason}; PolicyBot answers without it")]
    private static partial void LogUnreachable(ILogger logger, string name, string reason);
}
