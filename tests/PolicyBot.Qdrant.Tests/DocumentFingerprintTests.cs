namespace PolicyBot.Qdrant.Tests;

public class DocumentFingerprintTests
{
    private static readonly Domain.PolicyDocument Document = GazetteSample.Documents()[0];

    [Fact]
    public void Is_stable_for_the_same_document_and_embedder() =>
        Assert.Equal(DocumentFingerprint.Of(Document, "onnx/bge"), DocumentFingerprint.Of(GazetteSample.Documents()[0], "onnx/bge"));

    [Fact]
    public void Changes_when_a_clause_changes()
    {
        var edited = Document with { Clauses = [Document.Clauses[0] with { Text = Document.Clauses[0].Text + "。" }, .. Document.Clauses.Skip(1)] };
        Assert.NotEqual(DocumentFingerprint.Of(Document, "e"), DocumentFingerprint.Of(edited, "e"));
    }

    [Fact]
    public void Changes_when_metadata_or_the_embedder_changes()
    {
        Assert.NotEqual(DocumentFingerprint.Of(Document, "e"), DocumentFingerprint.Of(Document with { Issuer = "国务院办公厅" }, "e"));
        Assert.NotEqual(DocumentFingerprint.Of(Document, "onnx/bge-small-zh"), DocumentFingerprint.Of(Document, "openai/bge-m3"));
    }
}
