using Microsoft.Extensions.Options;

namespace PolicyBot.Web.Hosting;

/// <summary>Logs chats; questions only as <c>PolicyBot:Logging:LogQuestions</c> allows: by default only their length and channel.</summary>
public sealed partial class ChatLog(IOptionsMonitor<PrivacyOptions> privacy, ILogger<ChatLog> logger)
{
    public void Asked(string channel, string question, int turns)
    {
        if (privacy.CurrentValue.LogQuestions) LogQuestion(logger, channel, turns, question);
        else LogLength(logger, channel, turns, question.Length);
    }

    public void Answered(string channel, string mode, bool grounded, int citations, string? notice)
    {
        if (notice is null) LogAnswered(logger, channel, mode, grounded, citations);
        else LogDegraded(logger, channel, mode, grounded, citations, notice);
    }

    public void Failed(string channel, Exception exception) => LogFailed(logger, channel, exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Channel} answer failed while streaming")]
    private static partial void LogFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} question ({Turns} turns): {Question}")]
    private static partial void LogQuestion(ILogger logger, string channel, int turns, string question);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} question ({Turns} turns, {Length} characters)")]
    private static partial void LogLength(ILogger logger, string channel, int turns, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} answered: mode {Mode}, grounded {Grounded}, {Citations} citations")]
    private static partial void LogAnswered(ILogger logger, string channel, string mode, bool grounded, int citations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} answered in degraded mode {Mode} (grounded {Grounded}, {Citations} citations): {Notice}")]
    private static partial void LogDegraded(ILogger logger, string channel, string mode, bool grounded, int citations, string notice);
}
