using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyBot.Contracts;
using PolicyBot.Domain;
using PolicyBot.Retrieve;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Apis;

/// <summary><c>GET /api/search?q=&amp;top=</c> with optional issuer, year, type and docNumber filters: ranked passages.</summary>
public static class SearchApi
{
    public const int DefaultTop = 10;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Search")
            .MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("The clauses that best answer q, ranked; filters restrict by issuer, year, type or 文号")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static async Task<Results<Ok<PassageView[]>, ProblemHttpResult>> SearchAsync(
        IPolicySearch search, IOptions<WebOptions> options, string? q = null, int? top = null,
        string? issuer = null, int? year = null, string? type = null, string? docNumber = null, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        if (string.IsNullOrWhiteSpace(q)) return ApiProblems.BadRequest("q (the question or keywords) is required.");
        if (q.Length > limits.MaxQuestionChars) return ApiProblems.BadRequest($"q is longer than {limits.MaxQuestionChars} characters.");
        var k = top ?? DefaultTop;
        if (k < 1 || k > limits.MaxTop) return ApiProblems.BadRequest($"top must be between 1 and {limits.MaxTop}.");
        var filter = new SearchFilter(Canonical(docNumber), Blank(issuer), year, Blank(type));
        var passages = await search.SearchAsync(
            new SearchQuery(q.Trim()) { Top = k, Filter = filter.IsEmpty ? null : filter }, cancellationToken);
        return TypedResults.Ok(passages.Select(PassageView.From).ToArray());
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Canonical(string? docNumber) =>
        DocumentNumber.TryParse(docNumber, out var n) ? n.ToString() : Blank(docNumber);
}
