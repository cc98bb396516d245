namespace PolicyBot.Web.Hosting;

/// <summary>What the host may write to its logs: the <c>PolicyBot:Logging</c> section.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "PolicyBot:Logging";

    /// <summary>Log the text of questions (default false: only their length is logged).</summary>
    public bool LogQuestions { get; set; }
}
