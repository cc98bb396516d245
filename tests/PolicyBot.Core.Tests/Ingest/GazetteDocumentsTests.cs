using PolicyBot.Text;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>The bundled gazette splits into exactly its seven documents, with their metadata as printed.</summary>
public class GazetteDocumentsTests
{
    [Fact]
    public void The_gazette_holds_exactly_its_seven_documents_in_order()
    {
        Assert.Equal(
            ["国发〔2024〕21号", "鲁政字〔2024〕112号", "鲁政办字〔2024〕110号", "威政发〔2024〕14号", "威政办字〔2024〕33号", "威文政发〔2024〕10号", "威文政办发〔2024〕5号"],
            TestCorpus.Gazette.Select(d => d.DocNumber));
    }

    [Theory]
    [InlineData("国发〔2024〕21号", "国务院关于加强监管防范风险推动保险业高质量发展的若干意见", null, "国务院", null, "意见", null)]
    [InlineData("鲁政字〔2024〕112号", "山东省人民政府关于印发《完善现代旅游业体系加快旅游强省建设的行动方案(2024—2027年)》的通知", "完善现代旅游业体系加快旅游强省建设的行动方案(2024-2027年)", "山东省人民政府", "2024-08-02", "通知", "此件公开发布")]
    [InlineData("鲁政办字〔2024〕110号", "山东省人民政府办公厅印发《关于加强失能失智老年人照护服务工作的若干措施》的通知", "关于加强失能失智老年人照护服务工作的若干措施", "山东省人民政府办公厅", "2024-09-04", "通知", "此件公开发布")]
    [InlineData("威政发〔2024〕14号", "威海市人民政府关于深化预算管理制度改革的意见", null, "威海市人民政府", "2024-09-03", "意见", "此件公开发布")]
    [InlineData("威政办字〔2024〕33号", "威海市人民政府办公室关于印发威海市加强医疗保障基金使用常态化监管工作方案的通知", "威海市加强医疗保障基金使用常态化监管工作方案", "威海市人民政府办公室", "2024-09-04", "通知", "此件公开发布")]
    [InlineData("威文政发〔2024〕10号", "威海市文登区人民政府关于印发《关于推动供销合作社高质量发展的实施意见》的通知", "关于推动供销合作社高质量发展的实施意见", "威海市文登区人民政府", "2024-08-19", "通知", null)]
    [InlineData("威文政办发〔2024〕5号", "威海市文登区人民政府办公室关于印发《文登区广播电视台基本公共服务县级标准化试点工作方案》的通知", "文登区广播电视台基本公共服务县级标准化试点工作实施方案", "威海市文登区人民政府办公室", "2024-07-12", "通知", null)]
    public void Each_document_carries_its_metadata_as_printed(string docNumber, string title, string? attachedTitle, string issuer, string? date, string type, string? note)
    {
        var d = TestCorpus.Document(docNumber);
        Assert.Equal(title, d.Title);
        Assert.Equal(attachedTitle, d.AttachedTitle);
        Assert.Equal(issuer, d.Issuer);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), d.Date);
        Assert.Equal(type, d.Type);
        Assert.Equal(note, d.PublicationNote);
        Assert.EndsWith("weihai-wendeng-gazette-2024-03.txt", d.Source);
    }

    [Fact]
    public void The_state_council_opinion_has_no_date_because_the_gazette_prints_none() =>
        Assert.Null(TestCorpus.Document("国发〔2024〕21号").Date);

    [Theory]
    [InlineData("国发〔2024〕21号", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构")]
    [InlineData("鲁政办字〔2024〕110号", "各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构")]
    [InlineData("威文政发〔2024〕10号", "各镇人民政府,各街道办事处,开发区管委,金山综合服务中心,区政府有关部门、单位,驻文有关单位")]
    public void Addressees_are_metadata_joined_across_lines(string docNumber, string addressees)
    {
        var d = TestCorpus.Document(docNumber);
        Assert.Equal(addressees, d.Addressees);
        Assert.DoesNotContain(d.Clauses, c => c.Text.Contains(addressees, StringComparison.Ordinal));
    }

    [Fact]
    public void Cover_and_table_of_contents_produce_nothing()
    {
        var all = TestCorpus.Gazette.SelectMany(d => d.Clauses).ToList();
        Assert.DoesNotContain(all, c => c.Text.Contains(".....", StringComparison.Ordinal));
        Assert.DoesNotContain(all, c => c.Text.Contains("目 录", StringComparison.Ordinal) || c.Text.Contains("总第64期", StringComparison.Ordinal));
        Assert.DoesNotContain(all, c => c.Text.Contains("【国务院文件】", StringComparison.Ordinal));
    }

    [Fact]
    public void Signatures_dates_and_publication_notes_are_not_clauses()
    {
        foreach (var c in TestCorpus.Gazette.SelectMany(d => d.Clauses))
        {
            Assert.DoesNotMatch(@"^\d{4}年\d{1,2}月\d{1,2}日$", c.Text);
            Assert.DoesNotContain("此件公开发布", c.Text);
            Assert.NotEqual("威海市人民政府", c.Text);
        }
    }

    [Fact]
    public void Clause_ids_are_the_document_number_and_position()
    {
        foreach (var d in TestCorpus.Gazette)
        {
            for (var i = 0; i < d.Clauses.Count; i++)
            {
                Assert.Equal(i, d.Clauses[i].Position);
                Assert.Equal($"{d.DocNumber}-{i:D3}", d.Clauses[i].Id);
                Assert.Equal(d.DocNumber, d.Clauses[i].DocNumber);
            }
        }
    }

    [Fact]
    public void Only_the_roster_of_the_last_document_is_an_attachment()
    {
        var attached = TestCorpus.Gazette.SelectMany(d => d.Clauses).Where(c => c.InAttachment).ToList();
        Assert.NotEmpty(attached);
        Assert.All(attached, c => Assert.Equal("威文政办发〔2024〕5号", c.DocNumber));
        Assert.All(attached, c => Assert.Equal("附件 > 文登区广播电视台基本公共服务标准化试点工作领导小组", c.Section.ToString()));
        Assert.Contains(attached, c => ChineseText.Normalize(c.Text).Contains("赵刚区医疗保障局局长", StringComparison.Ordinal));
        Assert.Contains(attached, c => ChineseText.Normalize(c.Text).Contains("组长:单浩仁", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contents_page_listing_numbers_on_lines_of_their_own_adds_no_document()
    {
        var lines = File.ReadAllLines(TestCorpus.GazettePath).ToList();
        // Give the contents entries the shape of a document start: the number alone on its line.
        for (var i = 0; i < 47; i++) lines[i] = System.Text.RegularExpressions.Regex.Replace(lines[i], @"(号)(?:\t\d+|\.+\d+)$", "$1");
        var documents = PolicyBot.Ingest.DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)), "gazette.txt", PolicyBot.Ingest.IngestLimits.Default);
        Assert.Equal(TestCorpus.Gazette.Select(d => d.DocNumber), documents.Select(d => d.DocNumber));
        Assert.Equal(TestCorpus.Gazette.SelectMany(d => d.Clauses).Select(c => c.Text), documents.SelectMany(d => d.Clauses).Select(c => c.Text));
    }
}
