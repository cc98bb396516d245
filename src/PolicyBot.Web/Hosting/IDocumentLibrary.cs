using PolicyBot.Domain;

namespace PolicyBot.Web.Hosting;

/// <summary>
/// What the web host changes in the index: ingest one file (a gazette adds several documents; a changed file replaces
/// its documents' clauses) and delete a document. Readers see either the old or the new snapshot, never a mix.
/// </summary>
public interface IDocumentLibrary
{
    /// <summary>Ingests <paramref name="path"/> through the ingest pipeline; returns the documents added or replaced.</summary>
    /// <exception cref="PolicyBot.Ingest.IngestException">The file cannot be read; the message says why in one line.</exception>
    Task<IReadOnlyList<PolicyDocument>> IngestFileAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ingests an uploaded file through the same pipeline; its documents show <paramref name="fileName"/> as their
    /// source, and uploading the same name again replaces what it gave before.
    /// </summary>
    /// <exception cref="PolicyBot.Ingest.IngestException">The file cannot be read; the message says why in one line.</exception>
    Task<IReadOnlyList<PolicyDocument>> IngestUploadAsync(Stream content, string fileName, CancellationToken cancellationToken = default);

    /// <summary>Removes the document with this 文号 (any variant) or stable id; false when there is none.</summary>
    Task<bool> DeleteDocumentAsync(string docNumber, CancellationToken cancellationToken = default);
}
