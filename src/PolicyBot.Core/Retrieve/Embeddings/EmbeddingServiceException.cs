namespace PolicyBot.Retrieve.Embeddings;

/// <summary>An embeddings endpoint failed or refused a request; the message is one line fit to show a user.</summary>
public sealed class EmbeddingServiceException(string message, Exception? innerException = null)
    : Exception(message, innerException);
