Console.Error.WriteLine("benchmarks: not implemented yet");
return 1;
