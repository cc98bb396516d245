using System.Text.RegularExpressions;

namespace PolicyBot.Domain;

/// <summary>Where a document stands in the hierarchy of legal force (效力层级, 《立法法》).</summary>
public enum AuthorityLevel
{
    /// <summary>A government document issued under a 文号 (意见, 通知, 方案 …), or anything not recognised below.</summary>
    Policy,

    /// <summary>A law of the National People's Congress or its Standing Committee (法律, the 民法典).</summary>
    Law,

    /// <summary>An administrative regulation of the State Council (行政法规).</summary>
    AdministrativeRegulation,

    /// <summary>A judicial interpretation of the Supreme People's Court or Procuratorate (司法解释).</summary>
    JudicialInterpretation,

    /// <summary>A department rule promulgated by decree (部门规章).</summary>
    DepartmentRule,

    /// <summary>A local regulation (地方性法规) or a local government rule (地方政府规章): in force only in its place.</summary>
    LocalRule,
}

/// <summary>
/// A document's level of legal force and, for a local rule or a local body's document, the place it applies in
/// (北京市, 云浮市, 彭水苗族土家族自治县; the first place its issuer names). Read from the issuer, the 文号 and the title; a document read wrongly is only ranked a little
/// differently, so the rules are plain and conservative (unknown stays <see cref="AuthorityLevel.Policy"/>).
/// </summary>
public readonly partial record struct LegalAuthority(AuthorityLevel Level, string? Place = null)
{
    public static LegalAuthority Of(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var issuer = document.Issuer ?? "";
        var title = document.Title;
        var parsed = DocumentNumber.TryParse(document.DocNumber, out var number);
        var decree = parsed && number.IsDecree;
        var hasWenhao = parsed && !number.IsDecree;

        if (issuer.Contains("全国人民代表大会", StringComparison.Ordinal)) return new(AuthorityLevel.Law);
        if (issuer.StartsWith("最高人民法院", StringComparison.Ordinal) || issuer.StartsWith("最高人民检察院", StringComparison.Ordinal)
            || title.StartsWith("最高人民法院", StringComparison.Ordinal) || title.StartsWith("最高人民检察院", StringComparison.Ordinal))
            return new(AuthorityLevel.JudicialInterpretation);
        // A local body: its congress makes local regulations, its decrees are local rules, the rest are its policies.
        var issuerPlace = IssuerPlace(issuer);
        if (issuerPlace is not null && (decree || issuer.Contains("人民代表大会", StringComparison.Ordinal)))
            return new(AuthorityLevel.LocalRule, issuerPlace);
        if (issuer is "国务院" or "中华人民共和国国务院" && !hasWenhao) return new(AuthorityLevel.AdministrativeRegulation);
        if (decree) return new(AuthorityLevel.DepartmentRule);
        if (LawTitle().IsMatch(title)) return new(AuthorityLevel.Law);
        // A rule published without 文号 or issuer: another place's when its title begins with the place, else national.
        if (!hasWenhao && issuer.Length == 0 && RuleTitle().IsMatch(title))
            return TitlePlace().Match(title) is { Success: true } place
                ? new(AuthorityLevel.LocalRule, PlaceName(place.Groups["place"].Value))
                : new(AuthorityLevel.AdministrativeRegulation);
        return new(AuthorityLevel.Policy, issuerPlace);
    }

    /// <summary>The place a local body's name begins with: 广州市医疗保障局 → 广州市; 国务院, 国家市场监督管理总局 → null.</summary>
    private static string? IssuerPlace(string issuer) =>
        IssuerPlacePattern().Match(issuer) is { Success: true } m && !NotAPlace().IsMatch(m.Groups["place"].Value) ? m.Groups["place"].Value : null;

    /// <summary>
    /// An instrument that amends or repeals others (关于修改《…》的决定, 刑法修正案（七）, 关于废止…的决定): its changes
    /// are in the consolidated texts, which answer a question about the rule in force.
    /// </summary>
    public static bool IsAmendment(PolicyDocument document) => Amendment().IsMatch(document.Title);

    /// <summary>The level as it is called in Chinese (法律, 行政法规, 司法解释, 部门规章, 地方性法规规章, 政策文件).</summary>
    public string Label => Level switch
    {
        AuthorityLevel.Law => "法律",
        AuthorityLevel.AdministrativeRegulation => "行政法规",
        AuthorityLevel.JudicialInterpretation => "司法解释",
        AuthorityLevel.DepartmentRule => "部门规章",
        AuthorityLevel.LocalRule => "地方性法规规章",
        _ => "政策文件",
    };

    /// <summary>The places a nested place is made of, widest first: 威海市文登区 → 威海市, 文登区.</summary>
    public static IReadOnlyList<string> Parts(string place)
    {
        var parts = PlacePart().Matches(place).Select(m => m.Value).ToList();
        return parts.Count > 0 && parts.Sum(p => p.Length) == place.Length ? parts : [place];
    }

    /// <summary>
    /// A place's name as people say it: without its suffix, and without an ethnic designation (two characters then):
    /// 北京市 → 北京, 广西壮族自治区 → 广西, 彭水苗族土家族自治县 → 彭水.
    /// </summary>
    public static string ShortName(string place)
    {
        var name = Suffix().Replace(place.Trim(), "");
        if (name.Contains('族', StringComparison.Ordinal) && name.Length > 2) name = name[..2];
        return name.Length >= 2 ? name : place.Trim();
    }

    [GeneratedRegex(@"关于修改|关于废止|修正案|修改[^，。]{0,60}的决定")]
    private static partial Regex Amendment();

    /// <summary>上海 → 上海市: a municipality named without its suffix.</summary>
    private static string PlaceName(string place) => place is "北京" or "天津" or "上海" or "重庆" ? place + "市" : place;

    // 中华人民共和国保险法（2015修正）, 中华人民共和国民法典·合同编, 中华人民共和国刑法修正案（七）
    [GeneratedRegex(@"^中华人民共和国\p{IsCJKUnifiedIdeographs}*?(?<!办)法(?:典(?:·\p{IsCJKUnifiedIdeographs}+)?|修正案)?(?:（[^）]*）)?$")]
    private static partial Regex LawTitle();

    // 上海市专利保护条例, 云浮市优化营商环境条例 (the place must be followed by the rule's subject, not be the whole title)
    [GeneratedRegex(@"^(?<place>(?:北京|天津|上海|重庆)市?|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区|\p{IsCJKUnifiedIdeographs}{2,10}?(?:自治州|自治县|市))\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex TitlePlace();

    // 广州市医疗保障局, 山东省人民政府办公厅, 威海市文登区人民政府, 北京市人民代表大会常务委员会 (the first place, with the one inside it)
    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{2,8}?(?:省|市|自治区|自治州|自治县|县|区|盟|旗)(?:\p{IsCJKUnifiedIdeographs}{2,4}?(?:市|县|区|旗))?)\p{IsCJKUnifiedIdeographs}{0,12}?(?:人民政府|人民代表大会|局|厅|委员会|委|办公室|办)")]
    private static partial Regex IssuerPlacePattern();

    [GeneratedRegex("^(?:国家|中国|中华|全国|中央|城市)")]
    private static partial Regex NotAPlace();

    [GeneratedRegex(@"(?:条例|规定|办法|细则|规则)(?:（[^）]*）)?$")]
    private static partial Regex RuleTitle();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+?(?:自治区|自治州|自治县|省|市|县|区|盟|旗)")]
    private static partial Regex PlacePart();

    [GeneratedRegex(@"(?:省|市|自治区|自治州|自治县|县|区|盟|旗)$")]
    private static partial Regex Suffix();
}
