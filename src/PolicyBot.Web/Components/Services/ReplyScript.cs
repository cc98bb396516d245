using System.Text;
using PolicyBot.Domain;

namespace PolicyBot.Web.Components.Services;

/// <summary>
/// The text a hotline agent copies to read out or paste into a ticket: the answer, then each source with its 文号,
/// title, section and the quoted sentence, and who is responsible where the clause names them.
/// </summary>
public static class ReplyScript
{
    public static string Compose(PolicyAnswer answer)
    {
        var sb = new StringBuilder(answer.Text.Trim());
        if (answer.Citations.Count > 0)
        {
            sb.Append("\n\n依据：");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var c = answer.Citations[i];
                sb.Append('\n').Append(i + 1).Append(". 《").Append(c.Title).Append("》（").Append(c.DocNumber).Append('）');
                if (!string.IsNullOrWhiteSpace(c.Section)) sb.Append(' ').Append(c.Section);
                if (!string.IsNullOrWhiteSpace(c.Quote)) sb.Append("\n   原文：“").Append(c.Quote.Trim()).Append('”');
                if (c.Responsibility is { } r)
                {
                    if (r.Lead.Count > 0) sb.Append("\n   牵头单位：").Append(string.Join("、", r.Lead));
                    if (r.CoResponsible.Count > 0) sb.Append("\n   配合单位：").Append(string.Join("、", r.CoResponsible));
                }
            }
        }
        return sb.ToString();
    }
}
