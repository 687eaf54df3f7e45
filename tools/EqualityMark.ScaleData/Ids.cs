namespace EqualityMark.ScaleData;

/// <summary>Version-4-shaped ids drawn from a seeded random source, so a seed always gives the same rows.</summary>
public static class Ids
{
    public static Guid From(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A code of capital letters and digits without look-alikes (verification codes).</summary>
    public static string Code(Random random, int length)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }
}
