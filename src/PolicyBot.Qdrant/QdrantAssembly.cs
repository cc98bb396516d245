namespace PolicyBot.Qdrant;

internal static class QdrantAssembly;
