using System.Security.Cryptography;
using System.Text;
using PolicyBot.Domain;

namespace PolicyBot.Qdrant;

/// <summary>
/// A short hash of everything PolicyBot stores in Qdrant for a document (metadata, clauses) and of the embedder that
/// made its vectors: when it is unchanged, the document's points need not be rewritten.
/// </summary>
public static class DocumentFingerprint
{
    public static string Of(PolicyDocument document, string embedderId)
    {
        var text = new StringBuilder()
            .Append(embedderId).Append('\u001F')
            .Append(document.DocNumber).Append('\u001F')
            .Append(document.Title).Append('\u001F')
            .Append(document.AttachedTitle).Append('\u001F')
            .Append(document.Issuer).Append('\u001F')
            .Append(document.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\u001F')
            .Append(document.Type).Append('\u001F')
            .Append(document.Source).Append('\u001E');
        foreach (var clause in document.Clauses)
        {
            text.Append(clause.Id).Append('\u001F')
                .Append(clause.Position).Append('\u001F')
                .Append(clause.Section).Append('\u001F')
                .Append(clause.Label).Append('\u001F')
                .Append(clause.InAttachment).Append('\u001F')
                .Append(clause.Text).Append('\u001E');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
