namespace PolicyBot.Domain;

/// <summary>
/// The headings above a clause, outermost first, as the document writes them, e.g.
/// <c>二、完善失能失智老年人照护服务体系 &gt; （五）加强机构照护服务</c>. Empty for text before the first heading.
/// </summary>
public sealed record SectionPath(IReadOnlyList<string> Headings)
{
    public const string Separator = " > ";

    public static readonly SectionPath Root = new(Array.Empty<string>());

    public bool IsRoot => Headings.Count == 0;

    public string? Innermost => Headings.Count == 0 ? null : Headings[^1];

    public SectionPath Append(string heading) => new([.. Headings, heading]);

    public static SectionPath Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? Root
            : new(text.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    public override string ToString() => string.Join(Separator, Headings);

    public bool Equals(SectionPath? other) => other is not null && Headings.SequenceEqual(other.Headings);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
