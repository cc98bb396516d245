using Microsoft.Extensions.Hosting;

namespace PolicyBot.Index;

/// <summary>In a long-running host, makes the index follow commits by other processes (<see cref="PolicyIndex.WatchForChanges"/>).</summary>
internal sealed class IndexChangeWatcher(PolicyIndex index) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.WatchForChanges();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
