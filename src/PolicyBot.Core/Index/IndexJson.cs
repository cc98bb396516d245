using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PolicyBot.Domain;

namespace PolicyBot.Index;

/// <summary>
/// JSON of the index files (manifest and segments): camelCase, Chinese unescaped, nulls and computed properties
/// (such as <see cref="PolicyDocument.DisplayTitle"/>) left out, section paths as arrays of headings.
/// </summary>
internal static class IndexJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new SectionPathConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedProperties } },
    };

    private static void DropComputedProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
            if (type.Properties[i].Set is null) type.Properties.RemoveAt(i);
    }

    private sealed class SectionPathConverter : JsonConverter<SectionPath>
    {
        public override SectionPath Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var headings = JsonSerializer.Deserialize<string[]>(ref reader, options) ?? [];
            return headings.Length == 0 ? SectionPath.Root : new SectionPath(headings);
        }

        public override void Write(Utf8JsonWriter writer, SectionPath value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var heading in value.Headings) writer.WriteStringValue(heading);
            writer.WriteEndArray();
        }
    }
}
