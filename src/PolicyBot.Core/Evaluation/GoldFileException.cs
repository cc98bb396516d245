namespace PolicyBot.Evaluation;

/// <summary>
/// A gold file that cannot be read as gold questions. The message is one line naming the file and line. It is an
/// <see cref="IOException"/> so that callers reporting unreadable input files treat it the same way.
/// </summary>
public sealed class GoldFileException(string message, Exception? inner = null) : IOException(message, inner);
