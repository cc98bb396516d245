using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PolicyBot.LoadTest;

/// <summary>
/// Replaces a test document over and over (upload version 甲, upload version 乙 under the same file name, delete)
/// while chats and searches run, and checks every reply: the clauses it shows or cites from that document all come
/// from one version. A reply that mixes 甲 and 乙 was built from a half-replaced document.
/// </summary>
public sealed class ReplacementCheck(HttpClient client, string adminKey)
{
    public const string DocNumber = "威文政办发〔2099〕7号";
    public const string Question = "供暖期间居民室内温度不低于多少度？";
    private const string FileName = "policybot-load-replace.txt";
    private static readonly string[] Markers = ["甲版", "乙版"];

    private int _inconsistent;
    private int _checked;

    public int Inconsistent => _inconsistent;
    public int RepliesNaming => _checked;

    public static string Version(int v)
    {
        var marker = Markers[v];
        var degrees = v == 0 ? 18 : 20;
        var text = new StringBuilder()
            .AppendLine("威海市文登区人民政府办公室关于做好冬季供暖保障工作的通知")
            .AppendLine(DocNumber)
            .AppendLine("各镇人民政府，各街道办事处：")
            .AppendLine($"一、{marker}规定：供暖期间居民室内温度不低于{degrees}摄氏度。")
            .AppendLine($"二、{marker}规定：供热企业应当设立24小时服务热线，接诉后{v + 2}小时内上门。")
            .AppendLine($"三、{marker}规定：供暖期自11月{10 + v * 5}日起至次年4月5日止。");
        return text.ToString();
    }

    /// <summary>Uploads and deletes in a loop; true when every admin call succeeded.</summary>
    public async Task<(int Calls, int Failures)> ReplaceAsync(int cycles, CancellationToken cancellationToken)
    {
        var calls = 0;
        var failures = 0;
        for (var i = 0; i < cycles && !cancellationToken.IsCancellationRequested; i++)
        {
            foreach (var v in new[] { 0, 1 })
            {
                calls++;
                using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Upload(Version(v)) };
                upload.Headers.Add("X-Api-Key", adminKey);
                using var response = await client.SendAsync(upload, cancellationToken);
                if (response.StatusCode != HttpStatusCode.Created) failures++;
            }
            calls++;
            using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString(DocNumber));
            delete.Headers.Add("X-Api-Key", adminKey);
            using var deleted = await client.SendAsync(delete, cancellationToken);
            if (deleted.StatusCode != HttpStatusCode.NoContent) failures++;
        }
        return (calls, failures);
    }

    /// <summary>Checks one reply (an AnswerView or a passage list); true when it is consistent.</summary>
    public bool Check(JsonElement reply)
    {
        var texts = new List<string>();
        void Collect(JsonElement items, string field)
        {
            foreach (var item in items.EnumerateArray())
                if (item.TryGetProperty("docNumber", out var d) && d.GetString() == DocNumber && item.TryGetProperty(field, out var t))
                    texts.Add(t.GetString() ?? "");
        }
        if (reply.ValueKind == JsonValueKind.Array) Collect(reply, "text");
        else
        {
            Collect(reply.GetProperty("passages"), "text");
            Collect(reply.GetProperty("citations"), "quote");
            if (reply.GetProperty("citations").EnumerateArray().Any(c => c.GetProperty("docNumber").GetString() == DocNumber))
                texts.Add(reply.GetProperty("answer").GetString() ?? "");
        }
        if (texts.Count == 0) return true;
        Interlocked.Increment(ref _checked);
        var seen = Markers.Where(m => texts.Any(t => t.Contains(m, StringComparison.Ordinal))).Count();
        if (seen <= 1) return true;
        Interlocked.Increment(ref _inconsistent);
        return false;
    }

    private static MultipartFormDataContent Upload(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return new MultipartFormDataContent { { file, "file", FileName } };
    }
}
