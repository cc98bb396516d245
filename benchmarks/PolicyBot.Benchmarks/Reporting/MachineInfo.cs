using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace PolicyBot.Benchmarks.Reporting;

/// <summary>Where and when figures were measured: date, CPU, cores, memory, OS, runtime and the git commit.</summary>
public static class MachineInfo
{
    public static string Describe(string repoRoot)
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Cpu()}, {Environment.ProcessorCount} cores, {memory:0} GB; " +
            $"{RuntimeInformation.OSDescription}; .NET {Environment.Version}; commit {Commit(repoRoot)}");
    }

    private static string Cpu()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var model = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return model?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string Commit(string repoRoot)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", $"-C \"{repoRoot}\" rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (git is null) return "unknown";
            var sha = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            using var status = Process.Start(new ProcessStartInfo("git", $"-C \"{repoRoot}\" status --porcelain --untracked-files=no -- . \":!docs/benchmarks.md\"") { RedirectStandardOutput = true });
            var dirty = status is not null && status.StandardOutput.ReadToEnd().Trim().Length > 0;
            status?.WaitForExit();
            return sha.Length == 0 ? "unknown" : dirty ? sha + " (with uncommitted changes)" : sha;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git not found)";
        }
    }
}
