Console.Error.WriteLine("policybot: not implemented yet");
return 1;
