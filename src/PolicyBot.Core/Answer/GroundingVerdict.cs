namespace PolicyBot.Answer;

/// <summary>The outcome of <see cref="GroundingCheck.Verify"/>: the clause numbers cited, or why the answer fails.</summary>
public sealed record GroundingVerdict(bool Ok, string? Problem, IReadOnlyList<int> Cited)
{
    public static GroundingVerdict Pass(IReadOnlyList<int> cited) => new(true, null, cited);
    public static GroundingVerdict Fail(string problem) => new(false, problem, []);
}
