using Microsoft.AspNetCore.Http.HttpResults;
using PolicyBot.Contracts;
using PolicyBot.Domain;
using PolicyBot.Index;

namespace PolicyBot.Web.Apis;

/// <summary><c>GET /api/documents</c> (optionally filtered) and <c>GET /api/documents/{docNumber}</c> (文号 in any variant).</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/", List)
            .WithName("ListDocuments")
            .WithSummary("Every document in the index, optionally filtered by issuer (substring), year and type");
        group.MapGet("/{docNumber}", Get)
            .WithName("GetDocument")
            .WithSummary("One document with its clauses; the 文号 may be written in any usual variant (URL-encoded)");
        return app;
    }

    public static Ok<DocumentSummary[]> List(IIndexSnapshotSource snapshots, string? issuer = null, int? year = null, string? type = null) =>
        TypedResults.Ok(snapshots.Current.Documents
            .Where(d => Matches(d, issuer, year, type))
            .Select(DocumentSummary.From)
            .ToArray());

    public static Results<Ok<DocumentView>, ProblemHttpResult> Get(string docNumber, IIndexSnapshotSource snapshots) =>
        snapshots.Current.FindDocument(docNumber) is { } document
            ? TypedResults.Ok(DocumentView.From(document))
            : ApiProblems.NotFound($"No document {docNumber} in the index.");

    /// <summary>Issuer by substring, year by date of issue (else the 文号's year), type exactly; unset filters match all.</summary>
    public static bool Matches(PolicyDocument d, string? issuer, int? year, string? type) =>
        (string.IsNullOrWhiteSpace(issuer) || (d.Issuer?.Contains(issuer.Trim(), StringComparison.OrdinalIgnoreCase) ?? false))
        && (year is null || YearOf(d) == year)
        && (string.IsNullOrWhiteSpace(type) || string.Equals(d.Type, type.Trim(), StringComparison.OrdinalIgnoreCase));

    private static int? YearOf(PolicyDocument d) =>
        d.Date?.Year ?? (DocumentNumber.TryParse(d.DocNumber, out var n) ? n.Year : null);
}
