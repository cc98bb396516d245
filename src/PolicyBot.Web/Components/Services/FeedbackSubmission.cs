namespace PolicyBot.Web.Components.Services;

/// <summary>What an agent said about one answer: a rating and an optional note.</summary>
public sealed record FeedbackSubmission(string Rating, string? Note);
