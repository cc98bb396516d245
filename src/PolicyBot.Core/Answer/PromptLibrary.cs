using Microsoft.SemanticKernel;

namespace PolicyBot.Answer;

/// <summary>
/// The Semantic Kernel prompt directories in <c>prompts/</c> (one folder per function: skprompt.txt + config.json).
/// Found by walking up from the current directory and from the application's base directory to the folder that holds
/// PolicyBot.sln or a <c>prompts</c> folder; <c>POLICYBOT_PROMPTS</c> overrides.
/// </summary>
public sealed class PromptLibrary
{
    public const string PluginName = "PolicyBot";
    public const string AnswerFunction = "Answer";
    public const string RewriteFollowUpFunction = "RewriteFollowUp";

    public PromptLibrary(string directory)
    {
        if (!File.Exists(Path.Combine(directory, AnswerFunction, "skprompt.txt")))
            throw new DirectoryNotFoundException($"{directory} holds no {AnswerFunction}/skprompt.txt prompt.");
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>The prompts folder of this installation.</summary>
    public static PromptLibrary Find()
    {
        if (Environment.GetEnvironmentVariable("POLICYBOT_PROMPTS") is { Length: > 0 } configured) return new PromptLibrary(configured);
        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var prompts = Path.Combine(dir.FullName, "prompts");
                if (File.Exists(Path.Combine(prompts, AnswerFunction, "skprompt.txt"))) return new PromptLibrary(prompts);
                if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) break;
            }
        throw new DirectoryNotFoundException("The prompts folder (prompts/Answer/skprompt.txt) was not found; set POLICYBOT_PROMPTS to its path.");
    }

    /// <summary>The prompt functions as one kernel plugin.</summary>
    public KernelPlugin CreatePlugin(Kernel kernel) => kernel.CreatePluginFromPromptDirectory(Directory, PluginName);
}
