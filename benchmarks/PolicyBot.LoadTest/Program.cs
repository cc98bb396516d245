using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PolicyBot.LoadTest;

LoadSettings settings;
try
{
    settings = LoadSettings.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
{
    Console.Error.WriteLine($"policybot-load: {e.Message}\n{LoadSettings.Usage}");
    return 1;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency + 2 })
{
    BaseAddress = settings.Url,
    Timeout = TimeSpan.FromSeconds(60),
};

var health = await Health.WaitAsync(http, TimeSpan.FromMinutes(2), cancel.Token);
if (health is null)
{
    Console.Error.WriteLine($"policybot-load: {settings.Url} did not report healthy within 2 minutes");
    return 2;
}
Console.Error.WriteLine($"policybot-load: {settings.Url} healthy: {health}");

var questions = Questions.Load();
var duration = TimeSpan.FromSeconds(settings.DurationSeconds);
var reports = new List<LatencyReport>();
var notes = new List<string>();

Task<bool> ChatAsync(int i, CancellationToken ct, ReplacementCheck? check = null) =>
    Send(http.PostAsJsonAsync("/api/chat", new { messages = new[] { new { role = "user", content = Pick(i, check) } } }, ct), check, "answer", ct);

Task<bool> SearchAsync(int i, CancellationToken ct, ReplacementCheck? check = null) =>
    Send(http.GetAsync("/api/search?top=10&q=" + Uri.EscapeDataString(Pick(i, check)), ct), check, null, ct);

string Pick(int i, ReplacementCheck? check) => check is not null && i % 2 == 0 ? ReplacementCheck.Question : questions[i % questions.Count];

// Warm-up, not measured: the first requests pay for JIT compilation and lazily built indexes.
for (var i = 0; i < Math.Min(questions.Count, 20); i++)
{
    await ChatAsync(i, cancel.Token);
    await SearchAsync(i, cancel.Token);
}

if (settings.Scenario is "chat" or "all")
    reports.Add(await LoadRun.RunAsync("/api/chat", settings.Requests, settings.Concurrency, duration, (i, ct) => ChatAsync(i, ct), cancel.Token));
if (settings.Scenario is "search" or "all")
    reports.Add(await LoadRun.RunAsync("/api/search", settings.Requests, settings.Concurrency, duration, (i, ct) => SearchAsync(i, ct), cancel.Token));
var failed = reports.Any(r => r.Errors > 0);

if (settings.Scenario is "replace" or "all")
{
    if (string.IsNullOrEmpty(settings.AdminKey))
    {
        Console.Error.WriteLine("policybot-load: the replace scenario needs --admin-key or POLICYBOT_ADMIN_KEY");
        return 1;
    }
    var check = new ReplacementCheck(http, settings.AdminKey);
    using var stopReaders = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token);
    var replacing = check.ReplaceAsync(settings.Replacements, cancel.Token);
    var readers = LoadRun.RunAsync("replace: chat+search", LoadSettings.MaxRequests, settings.Concurrency, duration,
        (i, ct) => i % 2 == 0 ? ChatAsync(i / 2, ct, check) : SearchAsync(i / 2, ct, check), stopReaders.Token);
    var (calls, adminFailures) = await replacing;
    await stopReaders.CancelAsync();
    var report = await readers;
    reports.Add(report);
    notes.Add($"replace: {calls} upload/delete calls ({adminFailures} failed) during {report.Requests} chats and searches; " +
              $"{check.RepliesNaming} replies showed the replaced document, {check.Inconsistent} mixed two versions.");
    failed |= report.Errors > 0 || adminFailures > 0 || check.Inconsistent > 0;
}

var markdown = new StringBuilder()
    .AppendLine($"Target {settings.Url} ({health}); {Environment.ProcessorCount} cores; {questions.Count} distinct questions.")
    .AppendLine()
    .AppendLine(LatencyReport.MarkdownHeader);
foreach (var r in reports) markdown.AppendLine(r.MarkdownRow());
if (notes.Count > 0) markdown.AppendLine().AppendJoin('\n', notes).AppendLine();
Console.Write(markdown);
if (settings.Output is not null) await File.AppendAllTextAsync(settings.Output, markdown.ToString());
return failed ? 2 : 0;

static async Task<bool> Send(Task<HttpResponseMessage> sending, ReplacementCheck? check, string? field, CancellationToken ct)
{
    using var response = await sending;
    if (response.StatusCode != HttpStatusCode.OK)
    {
        Console.Error.WriteLine($"{response.RequestMessage?.RequestUri?.AbsolutePath}: HTTP {(int)response.StatusCode}");
        return false;
    }
    using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
    if (field is not null && !body.RootElement.TryGetProperty(field, out _)) return false;
    return check?.Check(body.RootElement) ?? true;
}
