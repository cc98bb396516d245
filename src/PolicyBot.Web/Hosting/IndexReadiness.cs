namespace PolicyBot.Web.Hosting;

/// <summary>Whether the index is open and the start-up corpus loaded; what <c>/health</c> reports.</summary>
public sealed class IndexReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Why loading the start-up corpus failed, or null. The host still serves the index it has.</summary>
    public string? Problem { get; private set; }

    /// <summary>Completes once the index is ready (for tests and the load driver).</summary>
    public Task WhenReady => _ready.Task;

    public void MarkReady(string? problem = null)
    {
        Problem = problem;
        _ready.TrySetResult();
    }
}
