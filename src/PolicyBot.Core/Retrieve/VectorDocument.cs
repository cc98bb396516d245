namespace PolicyBot.Retrieve;

/// <summary>
/// One document's clause vectors for an <see cref="IVectorIndex"/>, with the metadata filters apply to. Vectors are
/// int8 with one scale per clause (row i is <c>Vectors[i*Dimensions ..]</c> times <c>Scales[i]</c>, unit length).
/// </summary>
public sealed record VectorDocument(
    string DocNumber, string? Issuer, int? Year, string? Type,
    IReadOnlyList<string> ClauseIds, sbyte[] Vectors, float[] Scales, int Dimensions);
