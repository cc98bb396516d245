using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PolicyBot.Index;
using PolicyBot.Web.Apis;

namespace PolicyBot.Web.Hosting;

/// <summary>
/// Turns any exception that escapes an endpoint into a ProblemDetails reply with a generic, one-line message, and
/// logs it. A malformed request gets 400, an oversized one 413; nothing internal (no stack trace) reaches the client.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "The request body is too large."),
            BadHttpRequestException b => (b.StatusCode, "The request is malformed."),
            JsonException => (400, "The request body is not valid JSON."),
            IndexLockedException => (503, "The index is being written by another process; try again shortly."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "The request was cancelled."),
            _ => (500, "PolicyBot could not handle this request. The error has been logged."),
        };
        if (status >= 500 && status != 503) LogFailed(logger, context.Request.Method, context.Request.Path, exception);
        else LogRejected(logger, context.Request.Method, context.Request.Path, status, exception.GetType().Name);
        if (context.Response.HasStarted || status == 499) return true;
        context.Response.StatusCode = status;
        if (status == 503) context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = ApiProblems.TitleFor(status), Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailed(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} rejected with {Status} ({Reason})")]
    private static partial void LogRejected(ILogger logger, string method, string path, int status, string reason);
}
