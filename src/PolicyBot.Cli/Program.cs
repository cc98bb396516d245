using System.Text;
using PolicyBot.Cli;

Console.OutputEncoding = Encoding.UTF8;
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // stop after the current file; what is done is committed
    interrupted.Cancel();
};
return await PolicyBotCli.RunAsync(args, CliConsole.FromSystem(), cancellationToken: interrupted.Token);
