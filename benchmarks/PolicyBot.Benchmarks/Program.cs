using PolicyBot.Benchmarks;

try
{
    return await BenchmarkRunner.RunAsync(BenchmarkOptions.Parse(args), CancellationToken.None);
}
catch (Exception e) when (e is BenchmarkException or IOException or InvalidDataException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"benchmarks: {e.Message}");
    return 1;
}
