namespace PolicyBot.Qdrant.Tests;

public class ClausePointIdTests
{
    [Fact]
    public void Follows_rfc_4122_version_5()
    {
        // The RFC's DNS namespace and a name whose v5 UUID is published widely.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), ClausePointId.For(dns, "www.example.com"));
    }

    [Fact]
    public void Is_the_same_on_every_host_and_differs_between_clauses()
    {
        var a = ClausePointId.For("鲁政办字〔2024〕110号-012");
        Assert.Equal(a, ClausePointId.For("鲁政办字〔2024〕110号-012"));
        Assert.NotEqual(a, ClausePointId.For("鲁政办字〔2024〕110号-013"));
        Assert.Equal('5', a.ToString()[14]);
    }

    [Fact]
    public void No_two_clauses_of_a_large_corpus_share_an_id()
    {
        var ids = Enumerable.Range(0, 20_000).Select(i => ClausePointId.For($"威文政发〔2024〕{i / 100}号-{i % 100:D3}"));
        Assert.Equal(20_000, ids.Distinct().Count());
    }
}
