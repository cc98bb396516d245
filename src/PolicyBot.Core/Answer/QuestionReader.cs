using System.Text.RegularExpressions;
using PolicyBot.Domain;
using PolicyBot.Retrieve;
using PolicyBot.Text;

namespace PolicyBot.Answer;

/// <summary>Reads what a question asks for from its wording (no model: cue words of how Chinese questions are asked).</summary>
public static partial class QuestionReader
{
    private static readonly string[] Provinces =
    [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
        "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
        "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
    ];

    // Characters that make "X市/X镇/X县" a common word rather than a place (城市, 乡镇, 区市, 超市, 县级 …).
    private const string NotPlaceChars = "城区县各全本超上省都门股集夜乡村小古重名特该所市镇在的家下返回和与及到等级农社街开大中其我你他她这那哪每多少为里外内间是要有把被给对向从让以或就也还很更最已将会能可说问想用做去来过着了吗呢吧啊个些";

    public static Question Read(IReadOnlyList<ChatTurn> conversation)
    {
        var users = conversation.Where(t => t.IsUser).Select(t => t.Content.Trim()).Where(t => t.Length > 0).ToList();
        if (users.Count == 0) throw new ArgumentException("The conversation has no user message.", nameof(conversation));
        var text = users[^1];
        var isFollowUp = users.Count > 1 && FollowUpCue().IsMatch(text);
        var context = isFollowUp ? string.Join("\n", users.TakeLast(3)) : text;
        var parts = SplitParts(text).SelectMany(p => Conjuncts(p).Select(c => new QuestionPart(c, KindsOf(p)))).ToList();
        var kinds = parts.Aggregate(QuestionKind.Measure, (k, p) => k | p.Kinds);
        var unit = AskedUnit().Match(ChineseText.Normalize(text));
        return new Question
        {
            Text = text,
            Context = context,
            Kinds = kinds,
            Parts = parts,
            Places = PlacesIn(text),
            Unit = unit.Success ? unit.Groups["unit"].Value : null,
            WantsSeveral = SeveralDocuments.AreAskedFor(text) || parts.Count > 1,
            IsFollowUp = isFollowUp,
        };
    }

    /// <summary>True when the wording asks for several things at once (分别, 哪几种, 两个文件).</summary>
    public static bool AsksForSeveral(string text) => SeveralDocuments.AreAskedFor(text);

    /// <summary>The kinds of fact one sub-question asks for.</summary>
    public static QuestionKind KindsOf(string part)
    {
        var s = ChineseText.Normalize(part);
        var kinds = QuestionKind.Measure;
        // “When was it issued?” is answered by the document's identity line (title, 文号, issuer, date).
        if (DocumentCue().IsMatch(s) || IssuerCue().IsMatch(s) || IssueDateQuestions.AreAsked(s)) kinds |= QuestionKind.Document;
        // “哪个部门发的？” asks who issued the document (its identity line), not who carries the work out.
        if (DepartmentCue().IsMatch(IssuerCue().Replace(s, ""))) kinds |= QuestionKind.Department;
        if (FactPatterns.DateQuestion().IsMatch(s)) kinds |= QuestionKind.Date;
        if (FactPatterns.AmountQuestion().IsMatch(s) && !kinds.HasFlag(QuestionKind.Document)) kinds |= QuestionKind.Amount;
        if (kinds.HasFlag(QuestionKind.Amount) && MoneyCue().IsMatch(s)) kinds |= QuestionKind.Money;
        if (kinds.HasFlag(QuestionKind.Amount) && CurrentCue().IsMatch(s)) kinds |= QuestionKind.CurrentState;
        return kinds;
    }

    /// <summary>Place names in the question: provinces by name, other places by their 市/县/镇/乡/街道 ending.</summary>
    public static IReadOnlyList<string> PlacesIn(string text)
    {
        var s = ChineseText.Normalize(text);
        var places = new List<string>();
        foreach (var p in Provinces)
            if (s.Contains(p, StringComparison.Ordinal)) places.Add(p);
        foreach (Match m in PlaceName().Matches(s))
        {
            var name = m.Groups["name"].Value;
            if (name[..2].Any(c => NotPlaceChars.Contains(c)) || Provinces.Any(p => name.Contains(p, StringComparison.Ordinal))) continue;
            if (!places.Contains(name)) places.Add(name);
        }
        return places;
    }

    private static IReadOnlyList<string> SplitParts(string text)
    {
        var parts = text.Split(['？', '?'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Count(ChineseText.IsHan) >= 3)
            .ToList();
        return parts.Count == 0 ? [text] : parts;
    }

    /// <summary>
    /// A 分别-question about “A和B” as two questions, one about A and one about B (国务院和山东省…分别 → 国务院… and 山东省…).
    /// </summary>
    public static IReadOnlyList<string> Conjuncts(string part)
    {
        if (!SeveralDocuments.AreAskedFor(part)) return [part];
        var m = Conjunction().Match(part);
        if (!m.Success) return [part];
        var right = m.Groups["right"].Value;
        var join = m.Groups["join"];
        var leftLength = Math.Min(Math.Max(2, right.Length), HanRunBefore(part, join.Index));
        if (leftLength < 2) return [part];
        var leftStart = join.Index - leftLength;
        var withoutRight = part[..(join.Index)] + part[(m.Groups["right"].Index + right.Length)..];
        var withoutLeft = part[..leftStart] + part[(join.Index + join.Length)..];
        return [withoutRight, withoutLeft];
    }

    private static int HanRunBefore(string text, int index)
    {
        var n = 0;
        while (index - n - 1 >= 0 && ChineseText.IsHan(text[index - n - 1])) n++;
        return n;
    }

    [GeneratedRegex(@"(?<join>和|与|及|以及|还是)(?<right>[\u4E00-\u9FFF]{2,8}?)(?=这|的|方面|两|分别|各|，|,|是|在|里|[\u4E00-\u9FFF]{0,2}(?:文件|方面))")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"^(那|这|那么|还有|另外|此外|它|其|该|上述|这个|这块|这项|这些|那个|那些)|这块|这项工作|这个文件|该文件|这方面|上面|刚才|前面说|那.{0,6}呢|^[^，。？?]{1,8}呢[？?]?$")]
    private static partial Regex FollowUpCue();

    [GeneratedRegex(@"哪个文件|哪份文件|什么文件|哪个文|哪号文|哪号文件|几号文|文号|标题|发文|哪个通知|什么通知|文件名|叫什么名|印发的|哪里发的|哪个单位发|是关于什么|关于什么的|讲的是什么|主要内容是什么")]
    private static partial Regex DocumentCue();

    // 哪个部门发的, 哪个单位印发, 谁出台的 (but not 哪个部门发放补贴: who pays it out is a duty)
    [GeneratedRegex(@"(?:哪个|哪家|什么|哪一?级)(?:部门|单位|机关|机构|政府)(?:印发|下发|出台|制定|发布|发)(?!放|展|现|挥|生|起)|谁(?:印发|下发|出台|制定|发布|发)(?!放|展|现|挥|生|起)的")]
    private static partial Regex IssuerCue();

    [GeneratedRegex(@"哪个部门|哪些部门|什么部门|哪个单位|哪些单位|什么单位|哪个机构|哪家|谁负责|谁来|谁牵头|谁是|由谁|牵头|负责|配合|归哪|归谁|找哪|责任主体|主管|监管部门|报哪")]
    private static partial Regex DepartmentCue();



    [GeneratedRegex(@"钱|多少元|几元|万元|亿元|奖金|补贴多少|补多少|补助多少|减多少|领多少|拿多少|报销多少|金额|工资|收入是多少|费用是多少|多少费用")]
    private static partial Regex MoneyCue();

    [GeneratedRegex(@"现在|目前|已经|现有|至今|截至目前|当前")]
    private static partial Regex CurrentCue();

    [GeneratedRegex(@"(?:多少|几)(?<unit>家|张|个|场|项|所|名|人|户|次|亩|吨|年|天|批|类|条|件|处|座|种|元|钱|万|亿)")]
    private static partial Regex AskedUnit();

    [GeneratedRegex(@"(?<name>[\u4E00-\u9FFF]{2}(?:市|县|镇|乡|街道))")]
    private static partial Regex PlaceName();
}
