namespace PolicyBot.Index;

/// <summary>
/// The lock file that keeps two processes from writing one index folder at once. On Linux and macOS .NET takes an
/// advisory <c>flock</c> for <see cref="FileShare.None"/>, on Windows a share lock; the operating system drops it when
/// the process dies, so a killed ingest never leaves the folder locked.
/// </summary>
internal sealed class IndexWriteLock : IDisposable
{
    public const string FileName = "write.lock";

    private readonly FileStream _file;

    private IndexWriteLock(FileStream file) => _file = file;

    public static IndexWriteLock Acquire(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return new IndexWriteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IndexLockedException(folder, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IndexException($"Cannot write to the index folder {folder}: {e.Message}", e);
        }
    }

    public void Dispose() => _file.Dispose();
}
