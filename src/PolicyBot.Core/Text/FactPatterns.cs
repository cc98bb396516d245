using System.Text.RegularExpressions;

namespace PolicyBot.Text;

/// <summary>
/// The shapes of the facts a question can ask for, as they appear in policy text, and the wording that asks for them
/// (shared by retrieval, which prefers clauses holding the fact asked for, and the answerer, which quotes it).
/// </summary>
public static partial class FactPatterns
{
    /// <summary>Wording that asks for a figure: 多少, 几家, 标准是, 比例是.</summary>
    [GeneratedRegex(@"多少|多大(?!年纪|岁)|多高|(?<!哪)几(?:个|家|场|项|种|批|万|年|次|天|成|所|名|人|张|条|类|亩|吨)|第几|标准是|比例是|上限是|数量|指标")]
    public static partial Regex AmountQuestion();

    /// <summary>Wording that asks for a date or a deadline: 什么时候, 何时, 期限.</summary>
    [GeneratedRegex(@"什么时候|啥时候|何时|哪年|哪一年|几月|哪天|多久|期限|截止|到什么时候|时间节点|什么时间|几年")]
    public static partial Regex DateQuestion();

    /// <summary>
    /// A figure with its unit: 18家, 9万张, 100亿元以上, 不超过5年, 70万亩次, 第二批, 两类, 10大. A bare 一批/一个
    /// (“培育一批…”) is a manner of speaking, not a figure; nor is a calendar year (“到2026年”): it says when, not how many.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.])(?!(?:19|20)\d{2}\s*年)\d+(?:\.\d+)?\s*(?:万|亿|千|百)?\s*(?:元|家|张|个|场|项|所|名|人|户|次|亩|吨|年|月|日|天|批|类|条|件|处|座|辆|台|套|支|部|大|种|%|％|倍|平方米|公里|千米|米|岁|周岁|小时|分钟|床)|第[一二三四五六七八九十]+(?:批|类)|(?<![第一二三四五六七八九十两])[二三四五六七八九十两][一二三四五六七八九十两]*(?:批|类|项|个|家|种|倍)")]
    public static partial Regex Figure();

    /// <summary>A sum of money: 200元, 100亿元, 5万元.</summary>
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:万|亿|千|百)?\s*元")]
    public static partial Regex Money();

    /// <summary>A date or deadline: 2025年年底, 2024年10月底前, 2024年9月3日, 到2027年, 每年, 不超过3年.</summary>
    [GeneratedRegex(@"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|年?底|年?内)?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d+\s*个?(?:工作日|日|月|年)内|不超过\s*\d+\s*年")]
    public static partial Regex Date();

    /// <summary>A 成文日期 line: 2024年9月3日.</summary>
    [GeneratedRegex(@"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")]
    public static partial Regex IssueDateLine();

    /// <summary>A department or unit as policy text names it: 省民政厅, 市医保局, 区供销社, 市场监管部门, 区广电网络公司.</summary>
    [GeneratedRegex(@"(?:国务院|中央|省|市|区|县|镇|街道)?[\u4E00-\u9FFF]{1,10}?(?:部门|厅|局|委|办|社|公司|中心|政府|部|署|行|院|站|所|机构)")]
    public static partial Regex Department();

    /// <summary>Digits as they must be copied: every number written in an answer.</summary>
    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    public static partial Regex Number();
}
