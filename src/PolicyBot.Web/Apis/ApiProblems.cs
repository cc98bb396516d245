using Microsoft.AspNetCore.Http.HttpResults;

namespace PolicyBot.Web.Apis;

/// <summary>The ProblemDetails replies of the API: one clear line for the client, never internals.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) => Make(StatusCodes.Status400BadRequest, detail);
    public static ProblemHttpResult Unauthorized(string detail) => Make(StatusCodes.Status401Unauthorized, detail);
    public static ProblemHttpResult Forbidden(string detail) => Make(StatusCodes.Status403Forbidden, detail);
    public static ProblemHttpResult NotFound(string detail) => Make(StatusCodes.Status404NotFound, detail);
    public static ProblemHttpResult TooLarge(string detail) => Make(StatusCodes.Status413PayloadTooLarge, detail);
    public static ProblemHttpResult UnsupportedMediaType(string detail) => Make(StatusCodes.Status415UnsupportedMediaType, detail);

    public static ProblemHttpResult Make(int status, string detail) => TypedResults.Problem(detail, statusCode: status, title: TitleFor(status));

    public static string TitleFor(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        413 => "Request too large",
        415 => "Unsupported media type",
        429 => "Too many requests",
        503 => "Service unavailable",
        >= 500 => "Internal error",
        _ => "Request failed",
    };
}
