using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyBot.Contracts;
using PolicyBot.Ingest;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Apis;

/// <summary>
/// Admin: <c>POST /api/documents</c> (multipart <c>file</c>) ingests an upload through the same pipeline as the CLI;
/// <c>DELETE /api/documents/{docNumber}</c> removes a document. Both need the <c>X-Api-Key</c> header.
/// </summary>
public static partial class DocumentAdminApi
{
    public static IEndpointRouteBuilder MapDocumentAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Administration").AddEndpointFilter<AdminKeyFilter>();
        group.MapPost("/", UploadAsync)
            .WithName("UploadDocument")
            .WithSummary("Ingests an uploaded file (multipart field `file`); a changed file replaces its documents")
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapDelete("/{docNumber}", DeleteAsync)
            .WithName("DeleteDocument")
            .WithSummary("Removes a document (文号 in any variant)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    public static async Task<Results<Created<DocumentSummary[]>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, IDocumentLibrary library, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit) return TooLarge(limit);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit + 64 * 1024; // room for the multipart framing
        if (!request.HasFormContentType) return ApiProblems.UnsupportedMediaType("Send the file as multipart/form-data in the field `file`.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + 64 * 1024 }, cancellationToken);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge(limit);
        }
        catch (InvalidDataException)
        {
            return ApiProblems.BadRequest("The multipart body is malformed.");
        }
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return ApiProblems.BadRequest("The multipart field `file` is missing or empty.");
        if (file.Length > limit) return TooLarge(limit);
        var name = SafeFileName(file.FileName);
        if (name is null || !DocumentLoader.SupportedExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
            return ApiProblems.BadRequest($"Upload a file of type {string.Join(' ', DocumentLoader.SupportedExtensions)}.");

        try
        {
            await using var content = file.OpenReadStream();
            var documents = await library.IngestUploadAsync(content, name, cancellationToken);
            var summaries = documents.Select(DocumentSummary.From).ToArray();
            var location = summaries.Length > 0 ? $"/api/documents/{Uri.EscapeDataString(summaries[0].DocNumber)}" : null;
            return TypedResults.Created(location, summaries);
        }
        catch (IngestException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string docNumber, IDocumentLibrary library, CancellationToken cancellationToken) =>
        await library.DeleteDocumentAsync(docNumber, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"No document {docNumber} in the index.");

    /// <summary>The file name without any folder part or characters a file system refuses; null when nothing is left.</summary>
    public static string? SafeFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !Path.GetInvalidFileNameChars().Contains(c) && !char.IsControl(c)).ToArray()).Trim().TrimStart('.');
        return name.Length == 0 ? null : name;
    }

    private static ProblemHttpResult TooLarge(long limit) => ApiProblems.TooLarge($"The upload is larger than {limit} bytes.");
}
