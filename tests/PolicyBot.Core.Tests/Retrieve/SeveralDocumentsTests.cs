using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Retrieve;

public sealed class SeveralDocumentsTests
{
    private sealed record Hit(string Id, int Document, string Issuer, float Score);

    private static List<Hit> Ranking() =>
    [
        new("a1", 1, "山东省人民政府办公厅", 0.95f),
        new("g1", 2, "广州市医疗保障局", 0.84f),
        new("g2", 2, "广州市医疗保障局", 0.75f),
        new("g3", 2, "广州市医疗保障局", 0.70f),
        new("g4", 2, "广州市医疗保障局", 0.69f),
        new("g5", 2, "广州市医疗保障局", 0.66f),
        new("n1", 3, "国务院", 0.60f),
        new("n2", 3, "国务院", 0.55f),
    ];

    private static string[] Diversify(string question, List<Hit> ranked)
    {
        SeveralDocuments.Diversify(question, ranked, h => h.Document, h => h.Score, h => h.Issuer);
        return ranked.Select(h => h.Id).ToArray();
    }

    [Fact]
    public void Each_issuer_the_question_names_gets_its_best_clause_into_the_first_five()
    {
        var order = Diversify("长期护理保险这块，国务院和山东省这期公报里的文件分别是怎么说的？", Ranking());
        Assert.Equal(["a1", "g1", "g2", "g3", "n1"], order[..5]);
    }

    [Fact]
    public void Bringing_one_named_issuer_in_never_pushes_another_out()
    {
        List<Hit> ranking =
        [
            new("g1", 2, "广州市医疗保障局", 0.95f),
            new("g2", 2, "广州市医疗保障局", 0.84f),
            new("g3", 2, "广州市医疗保障局", 0.75f),
            new("g4", 2, "广州市医疗保障局", 0.70f),
            new("a1", 1, "山东省人民政府办公厅", 0.69f),
            new("g5", 2, "广州市医疗保障局", 0.66f),
            new("n1", 3, "国务院", 0.60f),
        ];
        var order = Diversify("长期护理保险这块，国务院和山东省这期公报里的文件分别是怎么说的？", ranking);
        Assert.Equal(["g1", "g2", "g3", "n1", "a1"], order[..5]);
    }

    [Fact]
    public void Without_several_things_asked_or_two_issuers_named_the_ranking_stays()
    {
        var original = Ranking().Select(h => h.Id).ToArray();
        Assert.Equal(original, Diversify("国务院和山东省对长期护理保险怎么说？", Ranking()));
        Assert.Equal(original, Diversify("国务院的文件分别怎么说长期护理保险？", Ranking()));
    }
}
