using System.Text;
using System.Text.RegularExpressions;
using PolicyBot.Domain;

namespace PolicyBot.Ingest.Structure;

/// <summary>
/// Parses one document's lines into a <see cref="PolicyDocument"/>: addressees (主送), the 通知's body, the signature
/// (issuer and date), the publication note, an attached plan with its own title, and 附件; then the clauses.
/// </summary>
internal static partial class DocumentParser
{
    private const int MaxTitleLines = 4;
    private const int MaxTitleLineLength = 100;

    public static PolicyDocument Parse(DocumentText text, IngestLimits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var title = JoinTitle(text.TitleLines);
        var lines = text.Lines;

        var (signatureStart, signatureEnd, issuer, date) = FindSignature(lines);
        var signature = signatureStart < 0 ? null : string.Join(" ", lines.Skip(signatureStart).Take(signatureEnd - signatureStart + 1)
            .Select(l => l.Trim()).Where(l => l.Length > 0));
        var notice = signatureStart < 0 ? lines.ToList() : lines.Take(signatureStart).ToList();
        var after = signatureStart < 0 ? [] : lines.Skip(signatureEnd + 1).ToList();
        string? publicationNote = null;
        TakePublicationNotes(notice, ref publicationNote);
        TakePublicationNotes(after, ref publicationNote);
        date ??= signatureStart < 0 ? TakeTrailingDate(notice) : null;

        string? attachedTitle = null;
        if (after.Count > 0)
        {
            var titleLines = TakeTitleBlock(after);
            if (titleLines.Count > 0) attachedTitle = JoinTitle(titleLines);
        }
        var last = after.Count > 0 ? after : notice;
        var (attachmentTitle, attachment) = TakeAttachment(last);

        // A decree (令) names the rule it promulgates below its signature: that is the document's title; so does a
        // notice that gives only its number. Failing both, the file's name stands in.
        if (title.Length == 0)
        {
            title = attachedTitle ?? Path.GetFileNameWithoutExtension(text.Source);
            attachedTitle = null;
        }
        var repaired = PageBreakRepair.Repair([notice, after, attachment]);
        var addressees = TakeAddressees(repaired[0]);
        var segments = new List<BodySegment>
        {
            new(repaired[0], [title]),
            new(repaired[1], [attachedTitle ?? title]),
        };
        if (attachment.Count > 0) segments.Add(new(Roster.Group(repaired[2], attachment), ["附件", attachmentTitle ?? "附件"], InAttachment: true));

        var drafts = BodyParser.Parse(segments);
        if (drafts.Count > limits.MaxClausesPerDocument)
            throw new IngestException($"{text.Source}: the document “{title}” has {drafts.Count} clauses, more than the limit of {limits.MaxClausesPerDocument}");

        date ??= text.DateHint;
        var docNumber = text.DocNumber ?? DocumentIds.FromTitle(title, date);
        var clauses = new Clause[drafts.Count + (signature is null ? 0 : 1)];
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            clauses[i] = new Clause
            {
                Id = Clause.MakeId(docNumber, i),
                DocNumber = docNumber,
                Position = i,
                Section = new SectionPath(d.Headings),
                Text = d.Text,
                Label = d.Label,
                Responsibility = ResponsibilityNote.Find(d.Text),
                Cites = DocumentNumber.FindAll(d.Text).Select(n => n.ToString()).Where(n => n != docNumber).ToArray(),
                InAttachment = d.InAttachment,
            };
        }
        // The signature (issuer and date) is part of the text too: the clause that says when and by whom it was issued.
        if (signature is not null)
            clauses[^1] = new Clause
            {
                Id = Clause.MakeId(docNumber, drafts.Count),
                DocNumber = docNumber,
                Position = drafts.Count,
                Section = new SectionPath([Clause.SignatureHeading]),
                Text = signature,
            };
        return new PolicyDocument
        {
            DocNumber = docNumber,
            Title = title,
            AttachedTitle = attachedTitle,
            Issuer = text.IssuerHint ?? issuer ?? IssuerFromTitle(title),
            Date = date,
            Addressees = addressees,
            PublicationNote = publicationNote,
            Type = DocumentTypes.FromTitle(title),
            Source = text.Source,
            Clauses = clauses,
        };
    }

    /// <summary>Joins a title written over several lines; spaces left by line breaks between Chinese characters go.</summary>
    public static string JoinTitle(IEnumerable<string> lines)
    {
        var joined = string.Join(" ", lines.Select(l => l.Trim()).Where(l => l.Length > 0));
        return SpaceBetweenNonAscii().Replace(joined, "").Trim();
    }

    /// <summary>
    /// Takes the title block at the head of <paramref name="lines"/>: up to four short lines that do not end a
    /// sentence, closed by a blank line. Returns them (and removes them) or returns nothing.
    /// </summary>
    public static List<string> TakeTitleBlock(List<string> lines)
    {
        var start = 0;
        while (start < lines.Count && lines[start].Trim().Length == 0) start++;
        var end = start;
        while (end < lines.Count && lines[end].Trim().Length > 0) end++;
        var block = lines.GetRange(start, end - start);
        if (block.Count == 0 || block.Count > MaxTitleLines || !block.All(IsTitleLine)) return [];
        lines.RemoveRange(0, end);
        return block;
    }

    public static bool IsTitleLine(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= MaxTitleLineLength && t[^1] is not ('：' or ':' or '，' or ',' or '、' or '.') && !Punctuation.HasSentencePunctuation(t)
            && t.AsSpan().IndexOfAny("：:") < 0 && !(t[0] is '（' or '(' && t[^1] is '）' or ')') && !NumberedLine.StartsStructure(t) && !MetadataLines.IsDate(t) && !MetadataLines.IsAttachmentMarker(t);
    }

    private static (int Start, int End, string? Issuer, DateOnly? Date) FindSignature(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!MetadataLines.IsDate(lines[i])) continue;
            var j = i - 1;
            while (j >= 0 && lines[j].Trim().Length == 0) j--;
            if (j < 0 || !MetadataLines.IsIssuer(lines[j]) || NumberedLine.StartsStructure(lines[j].Trim())) continue;
            return (j, i, lines[j].Trim(), MetadataLines.FindDate(lines[i]));
        }
        return (-1, -1, null, null);
    }

    private static DateOnly? TakeTrailingDate(List<string> lines)
    {
        var i = lines.Count - 1;
        while (i >= 0 && lines[i].Trim().Length == 0) i--;
        if (i < 0 || !MetadataLines.IsDate(lines[i])) return null;
        var date = MetadataLines.FindDate(lines[i]);
        lines.RemoveAt(i);
        return date;
    }

    private static void TakePublicationNotes(List<string> lines, ref string? note)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!MetadataLines.IsPublicationNote(lines[i])) continue;
            note = MetadataLines.PublicationNoteText(lines[i]);
            lines.RemoveAt(i);
        }
    }

    private static (string? Title, List<string> Lines) TakeAttachment(List<string> lines)
    {
        var marker = lines.FindIndex(MetadataLines.IsAttachmentMarker);
        if (marker < 0) return (null, []);
        var rest = lines.Skip(marker + 1).ToList();
        lines.RemoveRange(marker, lines.Count - marker);
        var titleLines = TakeTitleBlock(rest);
        return (titleLines.Count > 0 ? JoinTitle(titleLines) : null, rest);
    }

    /// <summary>The 主送 line(s): the first paragraph when it names addressees and ends with a colon.</summary>
    private static string? TakeAddressees(List<string> paragraphs)
    {
        if (paragraphs.Count == 0) return null;
        var first = paragraphs[0];
        if (first.Length > 300 || !(first.EndsWith('：') || first.EndsWith(':'))) return null;
        if (Punctuation.HasSentencePunctuation(first) || first.AsSpan().IndexOfAny("《【") >= 0 || !Addressee().IsMatch(first)) return null;
        paragraphs.RemoveAt(0);
        return first.TrimEnd('：', ':');
    }

    private static string? IssuerFromTitle(string title)
    {
        var i = title.IndexOf("关于", StringComparison.Ordinal);
        if (i < 2 || i > 60) return null;
        var issuer = title[..i].Trim();
        return issuer.AsSpan().IndexOfAny("《》，。") >= 0 ? null : issuer;
    }

    [GeneratedRegex(@"(?<=[^\x00-\x7F])\s+(?=[^\x00-\x7F])|(?<=[^\x00-\x7F])\s+(?=[\x00-\x7F])|(?<=[\x00-\x7F])\s+(?=[^\x00-\x7F])")]
    private static partial Regex SpaceBetweenNonAscii();

    [GeneratedRegex(@"^各|人民政府|委员会|部门|单位|机构|局|厅|委|办|院|处|中心|公司|同志|委员")]
    private static partial Regex Addressee();
}
