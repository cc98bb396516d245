namespace PolicyBot.Answer;

/// <summary>The fixed wording of answers and refusals (Chinese, plain, no promises the documents do not make).</summary>
public static class AnswerText
{
    public const string SourcesHeading = "来源：";
    public const string SourcePrefix = "— ";
    public const string RelatedHeading = "相关条款（仅供参考，并非对该问题的答复）：";

    public static string Refusal(string reason) => $"现有政策文件中没有找到这个问题的具体规定：{reason}。";

    public const string NothingFound = "已收录的文件中没有与问题相关的条款";
    public static string PlaceUnknown(string place) => $"已收录的文件不涉及{place}";
    public static string PlaceNotCovered(string place) => $"相关条款没有针对{place}的规定";
    public static string DocumentUnknown(string docNumber) => $"已收录的文件中没有文号为{docNumber}的文件";
    public const string NoMoney = "相关条款没有写明具体金额";
    public const string NoFigure = "相关条款没有写明具体数量";
    public const string NoDate = "相关条款没有写明具体时间";
    public const string OnlyTarget = "相关条款只规定了目标，没有写明目前的实际情况";

    public static string PartUnanswered(string part, string reason) => $"关于“{part.TrimEnd('？', '?', '。')}”，{reason}。";
}
