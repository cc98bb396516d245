using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Contracts;

/// <summary>JSON conventions of every public output (CLI <c>--json</c> and HTTP): camelCase, Chinese unescaped, dates as yyyy-MM-dd.</summary>
public static class PolicyBotJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions());

    /// <summary>One-line form, for JSON Lines.</summary>
    public static readonly JsonSerializerOptions Compact = Options;

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    /// <summary>Applies the conventions to <paramref name="options"/> (also used for ASP.NET Core's options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.PropertyNameCaseInsensitive = true;
        return options;
    }
}
