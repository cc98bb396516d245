using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyBot.Retrieve.Vectors;

/// <summary>
/// Dot product of an int8 row with a float query, widening the int8 values in registers (no float copy of the row).
/// Equal to <see cref="TensorPrimitives.Dot{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> of the converted row up to float
/// rounding (the sums are taken in another order).
/// </summary>
internal static class Int8Dot
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Dot(ReadOnlySpan<sbyte> row, ReadOnlySpan<float> query)
    {
        if (row.Length != query.Length) throw new ArgumentException("The row and the query differ in length.", nameof(row));
        var n = row.Length;
        var i = 0;
        var sum = 0f;
        if (Vector256.IsHardwareAccelerated && n >= 32)
        {
            ref var r = ref MemoryMarshal.GetReference(row);
            ref var q = ref MemoryMarshal.GetReference(query);
            Vector256<float> a0 = default, a1 = default, a2 = default, a3 = default;
            for (; i + 32 <= n; i += 32)
            {
                var bytes = Vector256.LoadUnsafe(ref r, (nuint)i);
                var (lo, hi) = Vector256.Widen(bytes);
                var (i0, i1) = Vector256.Widen(lo);
                var (i2, i3) = Vector256.Widen(hi);
                a0 += Vector256.ConvertToSingle(i0) * Vector256.LoadUnsafe(ref q, (nuint)i);
                a1 += Vector256.ConvertToSingle(i1) * Vector256.LoadUnsafe(ref q, (nuint)(i + 8));
                a2 += Vector256.ConvertToSingle(i2) * Vector256.LoadUnsafe(ref q, (nuint)(i + 16));
                a3 += Vector256.ConvertToSingle(i3) * Vector256.LoadUnsafe(ref q, (nuint)(i + 24));
            }
            sum = Vector256.Sum((a0 + a1) + (a2 + a3));
        }
        for (; i < n; i++) sum += row[i] * query[i];
        return sum;
    }
}
