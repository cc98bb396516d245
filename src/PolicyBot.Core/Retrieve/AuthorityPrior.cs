using PolicyBot.Domain;

namespace PolicyBot.Retrieve;

/// <summary>
/// A question that names no place and no rule is best answered by the provision with the widest force: a law before
/// the regulation or interpretation that implements it (上位法), and never a local rule of some other place. Subtracts
/// <see cref="SearchTuning.LowerAuthorityPenalty"/> from clauses of administrative regulations, judicial
/// interpretations and department rules, and <see cref="SearchTuning.ElsewherePenalty"/> from clauses of local rules
/// whose place is neither named in the conversation nor one the deployment serves (<c>PolicyBot:Retrieval:Places</c>).
/// Where the deployment names its places, a local body's policy document (广州市医疗保障局's 通知 in a 威海 hotline) of
/// another place counts as elsewhere too; without them nothing tells whose policies are local, so policies and laws
/// are left as they are. A document of a place the conversation names (威海有啥说法？) gains
/// <see cref="SearchTuning.NamedPlaceBonus"/>. An instrument that amends or repeals others (关于修改…的决定, 修正案) loses
/// <see cref="SearchTuning.AmendmentPenalty"/>: the consolidated text it changed answers for the rule in force.
/// </summary>
internal static class AuthorityPrior
{
    public static void Apply(RetrievalIndex index, Dictionary<int, float> scores, string conversation,
        IReadOnlyCollection<string> homePlaces, SearchTuning tuning)
    {
        if (tuning.LowerAuthorityPenalty <= 0 && tuning.ElsewherePenalty <= 0 && tuning.AmendmentPenalty <= 0 && tuning.NamedPlaceBonus <= 0) return;
        var (here, named) = Places(index.PlaceNames, conversation, homePlaces);
        foreach (var c in scores.Keys.ToArray())
        {
            var d = index.ClauseDocument[c];
            var a = index.Authorities[d];
            if (index.Amendments[d]) scores[c] -= tuning.AmendmentPenalty;
            if (a.Place is { } namedPlace && named.Contains(namedPlace)) scores[c] += tuning.NamedPlaceBonus;
            scores[c] -= a.Level switch
            {
                AuthorityLevel.AdministrativeRegulation or AuthorityLevel.JudicialInterpretation or AuthorityLevel.DepartmentRule => tuning.LowerAuthorityPenalty,
                AuthorityLevel.LocalRule when a.Place is { } p && !here.Contains(p) => tuning.ElsewherePenalty,
                AuthorityLevel.Policy when homePlaces.Count > 0 && a.Place is { } p && !here.Contains(p) => tuning.ElsewherePenalty,
                _ => 0,
            };
        }
    }

    /// <summary>
    /// Of the index's places (each with the short names of its parts, <see cref="NamesOf"/>): those the conversation
    /// names or the deployment serves (here), and those the conversation names (named).
    /// </summary>
    public static (HashSet<string> Here, HashSet<string> Named) Places(IReadOnlyDictionary<string, string[]> placeNames,
        string conversation, IReadOnlyCollection<string> homePlaces)
    {
        var home = homePlaces.SelectMany(NamesOf).ToHashSet(StringComparer.Ordinal);
        HashSet<string> here = new(StringComparer.Ordinal), named = new(StringComparer.Ordinal);
        foreach (var (place, names) in placeNames)
        {
            if (names.Any(n => conversation.Contains(n, StringComparison.Ordinal))) { named.Add(place); here.Add(place); }
            else if (names.Any(home.Contains)) here.Add(place);
        }
        return (here, named);
    }

    /// <summary>The short names of a place's parts: 威海市文登区 → 威海, 文登.</summary>
    public static string[] NamesOf(string place) => LegalAuthority.Parts(place).Select(LegalAuthority.ShortName).Distinct().ToArray();
}
