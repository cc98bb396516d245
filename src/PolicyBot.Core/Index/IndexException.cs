namespace PolicyBot.Index;

/// <summary>The index folder cannot be read or written. The message is one line a user can act on.</summary>
public class IndexException(string message, Exception? inner = null) : Exception(message, inner);
