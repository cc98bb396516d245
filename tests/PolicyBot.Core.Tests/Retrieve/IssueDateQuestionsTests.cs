using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Retrieve;

public sealed class IssueDateQuestionsTests
{
    [Theory]
    [InlineData("这个文件是啥时候印发的？", true)]
    [InlineData("预算管理制度改革的意见什么时候发布的", true)]
    [InlineData("发文日期是哪天？", true)]
    [InlineData("补贴什么时候发放？", false)]
    [InlineData("这个文件是哪个部门印发的？", false)]
    public void Asking_when_a_document_was_issued_needs_a_date_word_and_an_issuing_word(string question, bool asked) =>
        Assert.Equal(asked, IssueDateQuestions.AreAsked(question));

    [Fact]
    public void The_asking_words_are_not_searched_for() =>
        Assert.DoesNotContain("印发", IssueDateQuestions.TopicOf("国务院保险业的意见是啥时候印发的？"), StringComparison.Ordinal);

    [Fact]
    public void Ranked_passages_get_the_first_documents_signature_second_and_keep_their_length()
    {
        var document = Gazette.Documents.Single(d => d.DocNumber == "威政发〔2024〕14号");
        var other = Gazette.Documents.First(d => d.DocNumber != document.DocNumber);
        IReadOnlyList<Passage> ranked =
        [
            new(1, 0.9, document.Clauses[0], document),
            new(2, 0.5, other.Clauses[0], other),
            new(3, 0.4, document.Clauses[1], document),
        ];

        var promoted = IssueDateQuestions.Promote("威海深化预算管理制度改革的意见是啥时候印发的？", ranked);

        Assert.Equal([1, 2, 3], promoted.Select(p => p.Rank));
        Assert.True(Clause.IsSignature(promoted[1].Clause));
        Assert.Equal("威海市人民政府 2024年9月3日", promoted[1].Text);
        Assert.Equal(other.Clauses[0].Id, promoted[2].ClauseId);
        Assert.Same(ranked, IssueDateQuestions.Promote("威海深化预算管理制度改革有哪些要求？", ranked));
    }
}
