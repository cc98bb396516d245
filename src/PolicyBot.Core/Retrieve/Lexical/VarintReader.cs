namespace PolicyBot.Retrieve.Lexical;

/// <summary>Reads what <see cref="VarintWriter"/> wrote; throws <see cref="InvalidDataException"/> on a truncated or overlong value.</summary>
internal ref struct VarintReader(ReadOnlySpan<byte> data, int position = 0)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; } = position;

    public int Next()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (Position >= _data.Length) throw new InvalidDataException("truncated term block");
            var b = _data[Position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return value <= int.MaxValue ? (int)value : throw new InvalidDataException("bad varint");
        }
        throw new InvalidDataException("bad varint");
    }
}
