namespace PolicyBot.Qdrant;

/// <summary>Qdrant could not be reached or did not answer in time; the message is one line naming the endpoint.</summary>
public sealed class QdrantUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
