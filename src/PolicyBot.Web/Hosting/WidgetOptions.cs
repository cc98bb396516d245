using System.ComponentModel.DataAnnotations;

namespace PolicyBot.Web.Hosting;

/// <summary>The public chat widget: the <c>PolicyBot:Widget</c> section.</summary>
public sealed class WidgetOptions
{
    public const string SectionName = "PolicyBot:Widget";

    /// <summary>Requests one client (by IP address) may make per minute to <c>POST /api/widget/chat</c>.</summary>
    [Range(1, 100_000)] public int PermitsPerMinute { get; set; } = 20;

    /// <summary>Requests that wait for a permit instead of being refused at once (0: refuse at once).</summary>
    [Range(0, 1000)] public int QueueLimit { get; set; }

    /// <summary>Longest accepted widget question, in characters.</summary>
    [Range(1, 10_000)] public int MaxQuestionChars { get; set; } = 500;

    /// <summary>Largest accepted widget request body.</summary>
    [Range(256, 1024 * 1024)] public int MaxRequestBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// Sites (origins such as <c>https://www.wendeng.gov.cn</c>) that may embed the widget frame and call the widget
    /// API from their pages. Empty: only PolicyBot's own origin. <c>*</c>: any site.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Path of the page the widget opens in its iframe; only it may be framed by <see cref="AllowedOrigins"/>.</summary>
    [Required] public string FramePath { get; set; } = "/widget";

    public bool AllowsAnyOrigin => AllowedOrigins.Any(o => o.Trim() == "*");
}
