namespace PolicyBot.Web.Components.Services;

/// <summary>URLs of the document browser: a document, and a clause inside it (highlighted on arrival).</summary>
public static class DocumentLinks
{
    public static string Document(string docNumber) => "/documents/" + Uri.EscapeDataString(docNumber);

    public static string Clause(string docNumber, string clauseId) =>
        Document(docNumber) + "?clause=" + Uri.EscapeDataString(clauseId);

    /// <summary>The element id of a clause on its document page (ASCII, so fragments survive any copy and paste).</summary>
    public static string ClauseAnchor(int position) => $"clause-{position}";
}
