namespace PolicyBot.Index;

/// <summary>The files an ingest reads: the supported types, found recursively in folders.</summary>
public static class SourceFiles
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".docx", ".pdf", ".html", ".htm"];

    public static bool IsSupported(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Each folder becomes its supported files (recursively, hidden ones skipped, in ordinal order); anything else is
    /// passed through as given, so that a missing or unsupported file is reported by the ingest that follows.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }
            var found = Directory.EnumerateFiles(path, "*", options).Where(IsSupported).ToList();
            found.Sort(StringComparer.Ordinal);
            files.AddRange(found);
        }
        return files;
    }
}
