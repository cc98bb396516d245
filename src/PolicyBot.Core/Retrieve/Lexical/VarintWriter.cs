using System.Buffers;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>Non-negative ints as LEB128 varints (7 bits a byte) into a growing buffer.</summary>
internal sealed class VarintWriter(int capacity = 256)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(capacity);

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public void Clear() => _buffer.ResetWrittenCount();

    public void Write(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var span = _buffer.GetSpan(5);
        var n = 0;
        var v = (uint)value;
        while (v >= 0x80) { span[n++] = (byte)(v | 0x80); v >>= 7; }
        span[n++] = (byte)v;
        _buffer.Advance(n);
    }
}
