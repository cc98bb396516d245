using System.Text.Json;
using PolicyBot.Contracts;

namespace PolicyBot.Cli;

/// <summary>JSON on stdout in the <see cref="PolicyBotJson"/> conventions; arrays are streamed one element a line.</summary>
internal static class JsonOutput
{
    public static void WriteArray<T>(TextWriter writer, IEnumerable<T> items)
    {
        writer.Write('[');
        var first = true;
        foreach (var item in items)
        {
            writer.Write(first ? "\n" : ",\n");
            writer.Write(JsonSerializer.Serialize(item, PolicyBotJson.Compact));
            first = false;
        }
        writer.WriteLine(first ? "]" : "\n]");
    }

    /// <summary>One value on one line (also a JSON Lines record).</summary>
    public static void WriteLine<T>(TextWriter writer, T value) =>
        writer.WriteLine(JsonSerializer.Serialize(value, PolicyBotJson.Compact));
}
