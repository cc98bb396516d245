namespace PolicyBot.Retrieve.Lexical;

/// <summary>Where the lexical index is built from: each document's term block (<see cref="DocumentTerms.Encode"/>).</summary>
internal interface ITermBlocks
{
    /// <summary>The document's block; valid until the next call.</summary>
    ReadOnlySpan<byte> Read(DocumentAnalysis document);
}
