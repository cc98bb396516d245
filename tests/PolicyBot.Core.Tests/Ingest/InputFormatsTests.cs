using PolicyBot.Domain;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBot.Ingest;
using PolicyBot.Ingest.Readers;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>Every input format goes through the same pipeline: .txt (any encoding), .md, .docx, .pdf, .html.</summary>
public sealed class InputFormatsTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private const string Notice =
        "某市人民政府关于做好社区养老服务工作的通知\n\n某政字〔2024〕8号\n\n各区人民政府，市政府各部门：\n\n" +
        "为做好社区养老服务工作，现通知如下。\n\n一、总体要求\n\n到2025年，社区养老服务覆盖全部街道。\n\n" +
        "（一）加强居家服务。\n\n为老年人提供上门服务。（市民政局牵头，市财政局配合）\n\n某市人民政府\n\n2024年3月1日\n\n（此件公开发布）\n";

    [Fact]
    public void A_single_document_text_file_is_one_document_with_its_number_from_the_head()
    {
        var d = Assert.Single(DocumentLoader.Load(_files.Write("notice.txt", Encoding.UTF8.GetBytes(Notice))));
        Assert.Equal("某政字〔2024〕8号", d.DocNumber);
        Assert.Equal("某市人民政府关于做好社区养老服务工作的通知", d.Title);
        Assert.Equal("某市人民政府", d.Issuer);
        Assert.Equal(new DateOnly(2024, 3, 1), d.Date);
        Assert.Equal("各区人民政府，市政府各部门", d.Addressees);
        Assert.Equal("此件公开发布", d.PublicationNote);
        Assert.Equal(["为做好社区养老服务工作，现通知如下。", "到2025年，社区养老服务覆盖全部街道。", "为老年人提供上门服务。（市民政局牵头，市财政局配合）", "某市人民政府 2024年3月1日"], d.Clauses.Select(c => c.Text));
        Assert.Equal("一、总体要求 > （一）加强居家服务", d.Clauses[2].Section.ToString());
        Assert.True(Clause.IsSignature(d.Clauses[3]));
        Assert.Equal("落款", d.Clauses[3].Section.ToString());
        Assert.Equal(["市民政局"], d.Clauses[2].Responsibility!.Lead);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("gb18030")]
    public void Text_in_any_supported_encoding_reads_the_same(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Notice)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Notice)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Notice)],
            _ => TextDecoder.Gb18030.GetBytes(Notice),
        };
        var expected = DocumentLoader.Load(_files.Write("utf8.txt", Encoding.UTF8.GetBytes(Notice)))[0];
        var d = DocumentLoader.Load(_files.Write($"{encoding}.txt", bytes))[0];
        Assert.Equal(expected.DocNumber, d.DocNumber);
        Assert.Equal(expected.Title, d.Title);
        Assert.Equal(expected.Clauses.Select(c => c.Text), d.Clauses.Select(c => c.Text));
    }

    [Fact]
    public void The_gazette_in_gb18030_parses_exactly_as_in_utf8()
    {
        var gb = TextDecoder.Gb18030.GetBytes(File.ReadAllText(TestCorpus.GazettePath));
        var documents = DocumentLoader.Load(gb, "gazette-gb18030.txt", IngestLimits.Default);
        Assert.Equal(TestCorpus.Gazette.Select(d => d.DocNumber), documents.Select(d => d.DocNumber));
        Assert.Equal(TestCorpus.Gazette.SelectMany(d => d.Clauses).Select(c => c.Text), documents.SelectMany(d => d.Clauses).Select(c => c.Text));
    }

    [Fact]
    public void A_document_without_a_number_gets_a_stable_id_from_its_title()
    {
        var text = Encoding.UTF8.GetBytes("关于做好春节期间安全工作的提示\n\n各单位要落实值班制度。\n");
        var first = DocumentLoader.Load(_files.Write("a.txt", text))[0];
        var again = DocumentLoader.Load(_files.Write("b.txt", text))[0];
        Assert.Equal("关于做好春节期间安全工作的提示", first.DocNumber);
        Assert.Equal(first.DocNumber, again.DocNumber);
        Assert.Equal("关于做好春节期间安全工作的提示-000", first.Clauses[0].Id);
    }

    [Fact]
    public void A_markdown_law_has_one_clause_per_article_under_its_chapters()
    {
        const string law = "# 某某条例\n\n2020年1月1日 某市人民代表大会常务委员会通过\n\n2023年5月1日 第一次修正\n\n<!-- INFO END -->\n\n" +
            "## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n第二条 本条例适用于下列活动：\n\n（一）经营；\n\n（二）服务。\n\n本条例所称经营，是指营利活动。\n\n" +
            "## 第二章 附则\n\n第三条 本条例自2024年1月1日起施行。\n";
        var d = Assert.Single(DocumentLoader.Load(_files.Write("law.md", Encoding.UTF8.GetBytes(law))));
        Assert.Equal("某某条例（2023-05-01）", d.DocNumber);
        Assert.Equal("条例", d.Type);
        Assert.Equal(["第一条", "第二条", "第三条"], d.Clauses.Select(c => c.Label));
        Assert.Equal(["第一章 总则", "第一章 总则", "第二章 附则"], d.Clauses.Select(c => c.Section.ToString()));
        Assert.Equal("第二条 本条例适用于下列活动：\n（一）经营；\n（二）服务。\n本条例所称经营，是指营利活动。", d.Clauses[1].Text);
    }

    [Fact]
    public void A_docx_reads_headings_from_styles_and_labels_from_numbering()
    {
        var d = Assert.Single(DocumentLoader.Load(_files.Write("measures.docx", BuildDocx())));
        Assert.Equal("某政办发〔2024〕3号", d.DocNumber);
        Assert.Equal("某市关于加强社区养老服务的若干措施", d.Title);
        var home = d.Clauses.Single(c => c.Text.StartsWith("为老年人提供上门服务", StringComparison.Ordinal));
        Assert.Equal("一、总体要求 > （一）加强居家服务", home.Section.ToString());
        Assert.Equal(["市民政局"], home.Responsibility!.Lead);
        Assert.Contains(d.Clauses, c => c.Section.ToString() == "附则" && c.Text.StartsWith("本措施自", StringComparison.Ordinal));
        Assert.Contains(d.Clauses, c => c.Text.Contains("床位\t500", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_reads_in_order_and_mends_a_sentence_cut_by_the_page_break()
    {
        // No font with Chinese glyphs is installed here, so the PDF is written with a standard Latin font.
        var d = Assert.Single(DocumentLoader.Load(_files.Write("care.pdf", BuildPdf())));
        Assert.Equal("Community Care Measures", d.Title);
        Assert.Contains(d.Clauses, c => c.Text == "The city supports home care and day care centres.");
        Assert.Contains(d.Clauses, c => c.Text == "Funding is reviewed every year.");
        Assert.DoesNotContain(d.Clauses, c => c.Text.Trim() == "1");
    }

    [Fact]
    public void An_html_page_gives_its_text_without_script_style_or_navigation()
    {
        const string html = "<!DOCTYPE html><html><head><title>页面</title><style>.a{color:red}</style><script>var s='脚本内容';</script></head>" +
            "<body><nav>首页 | 政策文件</nav><h1>某县人民政府办公室关于做好防汛工作的通知</h1><p>某政办发〔2024〕12号</p><p>各乡镇人民政府：</p>" +
            "<p>为做好今年防汛工作，现通知如下。</p><h2>一、压实责任</h2><p>各乡镇要落实防汛责任制。<br>严格执行24小时值班制度。</p><footer>版权所有 某县人民政府</footer></body></html>";
        var d = Assert.Single(DocumentLoader.Load(_files.Write("flood.html", Encoding.UTF8.GetBytes(html))));
        Assert.Equal("某政办发〔2024〕12号", d.DocNumber);
        Assert.Equal("某县人民政府办公室关于做好防汛工作的通知", d.Title);
        Assert.Equal("各乡镇人民政府", d.Addressees);
        var all = string.Concat(d.Clauses.Select(c => c.Text));
        Assert.DoesNotContain("脚本内容", all);
        Assert.DoesNotContain("政策文件", all);
        Assert.DoesNotContain("版权所有", all);
        Assert.Contains(d.Clauses, c => c.Section.ToString() == "一、压实责任" && c.Text == "各乡镇要落实防汛责任制。");
        Assert.Contains(d.Clauses, c => c.Text == "严格执行24小时值班制度。");
    }

    internal static byte[] BuildDocx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "（%2）" }) { LevelIndex = 1 })
                { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            Paragraph P(string text, string? style = null, int? level = null)
            {
                var props = new ParagraphProperties();
                if (style is not null) props.Append(new ParagraphStyleId { Val = style });
                if (level is int l) props.Append(new NumberingProperties(new NumberingLevelReference { Val = l }, new NumberingId { Val = 1 }));
                return new Paragraph(props, new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            main.Document = new Document(new Body(
                P("某市关于加强社区养老服务的若干措施", "Title"),
                P("某政办发〔2024〕3号"),
                P("为做好社区养老服务，制定以下措施。"),
                P("总体要求", level: 0),
                P("到2025年，社区养老服务覆盖全部街道。"),
                P("加强居家服务", level: 1),
                P("为老年人提供上门服务。（市民政局牵头，市财政局配合）"),
                new Table(
                    new TableRow(new TableCell(P("项目")), new TableCell(P("数量"))),
                    new TableRow(new TableCell(P("床位")), new TableCell(P("500")))),
                P("附则", "Heading1"),
                P("本措施自2024年5月1日起施行。")));
        }
        return stream.ToArray();
    }

    internal static byte[] BuildPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page1 = builder.AddPage(595, 842);
        page1.AddText("Community Care Measures", 16, new PdfPoint(60, 780), font);
        page1.AddText("Funding is reviewed every year.", 11, new PdfPoint(60, 740), font);
        page1.AddText("The city supports home care and", 11, new PdfPoint(60, 100), font);
        page1.AddText("1", 9, new PdfPoint(290, 30), font);
        var page2 = builder.AddPage(595, 842);
        page2.AddText("day care centres.", 11, new PdfPoint(60, 780), font);
        page2.AddText("2", 9, new PdfPoint(290, 30), font);
        return builder.Build();
    }
}
