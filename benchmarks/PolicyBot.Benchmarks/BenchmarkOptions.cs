using System.Globalization;

namespace PolicyBot.Benchmarks;

/// <summary>The command line: <c>COMMAND [--sizes 1000,100000,1000000] [--splits test,train] [--write-docs] [--work DIR]</c>.</summary>
public sealed record BenchmarkOptions(string Command)
{
    public const string Usage =
        "usage: dotnet run -c Release --project benchmarks/PolicyBot.Benchmarks -- gazette|stard|speed|answers|all " +
        "[--sizes 1000,100000,1000000] [--splits test,train] [--queries N] [--write-docs] [--work DIR]";

    public static readonly IReadOnlyList<string> Commands = ["gazette", "stard", "speed", "answers", "all"];

    /// <summary>Clause counts of the speed benchmark.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 100_000, 1_000_000];

    /// <summary>STARD splits to report (<c>test</c> is the figure; <c>train</c> is for tuning).</summary>
    public IReadOnlyList<string> Splits { get; init; } = ["test", "train"];

    /// <summary>Queries timed per size in the speed benchmark.</summary>
    public int Queries { get; init; } = 200;

    public bool WriteDocs { get; init; }

    public string? WorkFolder { get; init; }

    public static BenchmarkOptions Parse(string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0])) throw new BenchmarkException(Usage);
        var options = new BenchmarkOptions(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new BenchmarkException($"{args[i]} needs a value. {Usage}");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Value().Split(',').Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture)).ToArray() },
                "--splits" => options with { Splits = Value().Split(',') },
                "--queries" => options with { Queries = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--write-docs" => options with { WriteDocs = true },
                "--work" => options with { WorkFolder = Value() },
                _ => throw new BenchmarkException($"unknown option {args[i]}. {Usage}"),
            };
        }
        return options;
    }
}
