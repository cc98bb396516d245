namespace PolicyBot.Retrieve.Lexical;

/// <summary>A query term and how much it counts (1 for a word typed, less for bigrams, synonyms and earlier turns).</summary>
internal readonly record struct WeightedTerm(string Term, float Weight);
