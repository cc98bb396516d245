using System.ComponentModel.DataAnnotations;

namespace PolicyBot.Web.Hosting;

/// <summary>The web host's own settings: the <c>PolicyBot:Web</c> section (limits of the staff and admin API).</summary>
public sealed class WebOptions
{
    public const string SectionName = "PolicyBot:Web";

    /// <summary>Largest accepted JSON body of a chat or completion request.</summary>
    [Range(1024, 16 * 1024 * 1024)] public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest accepted question (the last user turn), in characters.</summary>
    [Range(1, 100_000)] public int MaxQuestionChars { get; set; } = 2000;

    /// <summary>Most turns a conversation may carry.</summary>
    [Range(1, 1000)] public int MaxTurns { get; set; } = 40;

    /// <summary>Largest accepted upload for <c>POST /api/documents</c>.</summary>
    [Range(1024, long.MaxValue)] public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most passages <c>GET /api/search</c> returns.</summary>
    [Range(1, 1000)] public int MaxTop { get; set; } = 50;

    /// <summary>
    /// Reverse proxies (IP addresses, or networks such as <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed, so that the widget's rate limit counts each visitor, not the proxy.
    /// Empty (the default): forwarded headers are ignored, since any client could forge them.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>The Content-Security-Policy of pages, without <c>frame-ancestors</c> (added per page).</summary>
    [Required]
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
}
