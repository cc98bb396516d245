namespace PolicyBot.Web.Components.Services;

/// <summary>A run of text that either matches a query term (shown in &lt;mark&gt;) or does not.</summary>
public sealed record TextSegment(string Text, bool IsMatch);
