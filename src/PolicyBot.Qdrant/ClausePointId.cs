using System.Security.Cryptography;
using System.Text;

namespace PolicyBot.Qdrant;

/// <summary>
/// The Qdrant point id of a clause: a name-based UUID (RFC 4122 version 5: SHA-1 of a fixed namespace and the
/// clause id's UTF-8 bytes), so every host computes the same id for the same clause and re-ingesting overwrites.
/// </summary>
public static class ClausePointId
{
    /// <summary>PolicyBot's namespace for clause ids (itself a random v4 UUID, fixed forever).</summary>
    public static readonly Guid Namespace = new("6f1c2a0e-5b7d-4f63-9a2e-3c8d4b1e7a90");

    public static Guid For(string clauseId) => For(Namespace, clauseId);

    internal static Guid For(Guid nameSpace, string clauseId)
    {
        ArgumentException.ThrowIfNullOrEmpty(clauseId);
        Span<byte> ns = stackalloc byte[16];
        nameSpace.TryWriteBytes(ns, bigEndian: true, out _);
        var name = Encoding.UTF8.GetBytes(clauseId);
        var input = new byte[16 + name.Length];
        ns.CopyTo(input);
        name.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
