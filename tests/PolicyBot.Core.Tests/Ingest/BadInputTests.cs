using System.IO.Compression;
using System.Text;
using PolicyBot.Ingest;
using PolicyBot.Ingest.Readers;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>Files ingest cannot take give one clear line naming the file and the reason, never another exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static IngestException Refused(Func<object> load)
    {
        var e = Assert.Throws<IngestException>(load);
        Assert.DoesNotContain('\n', e.Message);
        return e;
    }

    private void AssertRefused(string name, byte[] content, string reason, IngestLimits? limits = null)
    {
        var path = _files.Write(name, content);
        var e = Refused(() => DocumentLoader.Load(path, limits ?? IngestLimits.Default));
        Assert.StartsWith(path + ":", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void An_empty_file_is_refused() => AssertRefused("empty.txt", [], "empty");

    [Fact]
    public void A_file_of_blank_lines_is_refused() => AssertRefused("blank.txt", Encoding.UTF8.GetBytes("\n \n\t\n"), "no text");

    [Fact]
    public void Random_bytes_named_pdf_are_refused() => AssertRefused("random.pdf", RandomBytes(4096, 1), "not a PDF");

    [Fact]
    public void A_truncated_pdf_never_fails_with_another_exception()
    {
        var pdf = InputFormatsTests.BuildPdf();
        var path = _files.Write("truncated.pdf", pdf[..(pdf.Length / 2)]);
        var e = Record.Exception(() => DocumentLoader.Load(path));
        Assert.True(e is null or IngestException, e?.ToString());
    }

    [Fact]
    public void Random_bytes_named_docx_are_refused() => AssertRefused("random.docx", RandomBytes(4096, 2), "not a valid .docx archive");

    [Fact]
    public void A_truncated_docx_is_refused()
    {
        var docx = InputFormatsTests.BuildDocx();
        AssertRefused("truncated.docx", docx[..(docx.Length * 2 / 3)], ".docx");
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused() => AssertRefused("other.docx", Zip(("readme.txt", 100)), "no word/document.xml");

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked() =>
        AssertRefused("bomb.docx", Zip(("word/document.xml", 8 << 20)), "zip bomb", new IngestLimits(1 << 20, 20_000));

    [Fact]
    public void A_file_over_the_size_limit_is_refused() =>
        AssertRefused("big.txt", Encoding.UTF8.GetBytes(new string('字', 2000)), "more than the limit", new IngestLimits(1000, 20_000));

    [Fact]
    public void A_document_with_more_clauses_than_the_limit_is_refused()
    {
        var e = Refused(() => DocumentLoader.Load(TestCorpus.GazettePath, new IngestLimits(50 << 20, 10)));
        Assert.Contains("more than the limit of 10", e.Message);
    }

    [Fact]
    public void An_unknown_extension_is_refused() => AssertRefused("table.xlsx", [1, 2, 3], "unsupported file type");

    [Fact]
    public void A_missing_file_or_a_folder_is_refused()
    {
        Assert.Contains("no such file", Refused(() => DocumentLoader.Load(Path.Combine(_files.Folder, "missing.txt"))).Message);
        var folder = Directory.CreateDirectory(Path.Combine(_files.Folder, "folder.txt")).FullName;
        Assert.Contains("is a folder", Refused(() => DocumentLoader.Load(folder)).Message);
    }

    [Fact]
    public void Binary_data_named_txt_is_refused() => AssertRefused("binary.txt", RandomBytes(4096, 3), "not a text file");

    [Fact]
    public void Mixed_encodings_are_refused()
    {
        var gazette = File.ReadAllText(TestCorpus.GazettePath);
        byte[] mixed = [.. Encoding.UTF8.GetBytes(gazette[..3000]), .. TextDecoder.Gb18030.GetBytes(gazette[3000..6000])];
        AssertRefused("mixed.txt", mixed, "mixed encodings");
    }

    [Fact]
    public void A_multi_megabyte_single_line_is_read_as_one_clause()
    {
        var line = string.Concat(Enumerable.Repeat("各单位要落实安全生产责任制并加强检查", 150_000));
        var d = Assert.Single(DocumentLoader.Load(_files.Write("line.txt", Encoding.UTF8.GetBytes(line))));
        Assert.Equal(line, Assert.Single(d.Clauses).Text);
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }

    private static byte[] Zip(params (string Name, int Zeros)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, zeros) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(new byte[zeros]);
            }
        }
        return stream.ToArray();
    }
}
