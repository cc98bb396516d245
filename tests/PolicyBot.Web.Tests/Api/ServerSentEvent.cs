namespace PolicyBot.Web.Tests.Api;

/// <summary>One parsed server-sent event: its type (<c>message</c> when none is given) and its data lines joined.</summary>
public sealed record ServerSentEvent(string Type, string Data)
{
    /// <summary>Parses a whole <c>text/event-stream</c> body as the HTML spec reads it.</summary>
    public static IReadOnlyList<ServerSentEvent> ParseAll(string body)
    {
        var events = new List<ServerSentEvent>();
        string? type = null;
        var data = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.Length == 0)
            {
                if (data.Count > 0) events.Add(new ServerSentEvent(type ?? "message", string.Join('\n', data)));
                type = null;
                data.Clear();
                continue;
            }
            var colon = raw.IndexOf(':');
            var field = colon < 0 ? raw : raw[..colon];
            var value = colon < 0 ? "" : raw[(colon + 1)..];
            if (value.StartsWith(' ')) value = value[1..];
            if (field == "event") type = value;
            else if (field == "data") data.Add(value);
        }
        if (data.Count > 0) events.Add(new ServerSentEvent(type ?? "message", string.Join('\n', data)));
        return events;
    }
}
