using PolicyBot.Benchmarks;

try
{
    return await BenchmarkRunner.RunAsync(BenchmarkOptions.Parse(args), CancellationToken.None);
}
catch (BenchmarkException e)
{
    Console.Error.WriteLine($"benchmarks: {e.Message}");
    return 1;
}
