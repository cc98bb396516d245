using System.Runtime.InteropServices;

namespace PolicyBot.Index;

/// <summary>
/// Writes that survive a crash: data is flushed to disk before the rename that publishes it, and the folder entry is
/// flushed after it, so a reader finds either the old file or the complete new one.
/// </summary>
internal static partial class DurableFile
{
    /// <summary>Writes <paramref name="path"/> through a temporary file, fsync and an atomic rename.</summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        FlushDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Makes created, renamed and deleted entries of <paramref name="folder"/> durable (no-op on Windows).</summary>
    public static void FlushDirectory(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(folder, 0 /* O_RDONLY */);
        if (fd < 0) return;
        try { _ = Fsync(fd); }
        finally { _ = Close(fd); }
    }

    /// <summary>Flushes a file written and closed earlier to disk; throws when that fails.</summary>
    public static void FlushFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
            file.Flush(flushToDisk: true);
            return;
        }
        var fd = Open(path, 0 /* O_RDONLY */);
        if (fd < 0) throw new IOException($"Cannot open {path} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (Fsync(fd) != 0) throw new IOException($"Cannot flush {path} to disk (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally { _ = Close(fd); }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
