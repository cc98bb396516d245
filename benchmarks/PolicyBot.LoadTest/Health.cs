using System.Net;

namespace PolicyBot.LoadTest;

/// <summary>Waits for <c>/health</c> to answer 200 (the index is loaded).</summary>
public static class Health
{
    public static async Task<string?> WaitAsync(HttpClient http, TimeSpan patience, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var response = await http.GetAsync("/health", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return await response.Content.ReadAsStringAsync(cancellationToken);
            }
            catch (HttpRequestException) { }
            await Task.Delay(500, cancellationToken);
        }
        return null;
    }
}
