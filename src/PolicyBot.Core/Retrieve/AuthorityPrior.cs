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
        var here = HerePlaces(index.Places, conversation, homePlaces);
        var named = tuning.NamedPlaceBonus > 0 ? HerePlaces(here, conversation, []) : [];
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

    /// <summary>The places among <paramref name="places"/> that the conversation names or the deployment serves.</summary>
    public static HashSet<string> HerePlaces(IEnumerable<string> places, string conversation, IReadOnlyCollection<string> homePlaces)
    {
        var home = homePlaces.SelectMany(LegalAuthority.Parts).Select(LegalAuthority.ShortName).ToHashSet(StringComparer.Ordinal);
        return places.Where(p => LegalAuthority.Parts(p).Any(part => home.Contains(LegalAuthority.ShortName(part)))
                || LegalAuthority.Names(conversation, p))
            .ToHashSet(StringComparer.Ordinal);
    }
}
