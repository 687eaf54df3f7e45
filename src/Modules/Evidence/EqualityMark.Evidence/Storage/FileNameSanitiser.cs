using System.Text;

namespace EqualityMark.Evidence.Storage;

/// <summary>
/// Makes an uploaded name safe to store and to send back in Content-Disposition: no folders, no control or
/// reserved characters, single spaces, at most 150 characters before the extension.
/// </summary>
internal static class FileNameSanitiser
{
    private const int MaximumStemLength = 150;
    private static readonly char[] Reserved = ['<', '>', ':', '"', '/', '\\', '|', '?', '*', ';'];

    public static string Clean(string name)
    {
        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        var bare = lastSeparator >= 0 ? name[(lastSeparator + 1)..] : name;
        var builder = new StringBuilder(bare.Length);
        foreach (var c in bare.Normalize(NormalizationForm.FormC))
        {
            var safe = char.IsControl(c) || Reserved.Contains(c) || char.IsWhiteSpace(c) ? ' ' : c;
            if (safe != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(safe);
            }
        }

        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        var extension = Extension(cleaned);
        var stem = cleaned[..^extension.Length].Trim().TrimEnd('.');
        if (stem.Length > MaximumStemLength)
        {
            stem = stem[..MaximumStemLength].TrimEnd();
        }

        return (stem.Length == 0 ? "evidence" : stem) + extension;
    }

    /// <summary>The extension, lower case with its dot, or empty when there is none.</summary>
    public static string Extension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1 && name.Length - dot <= 6 ? name[dot..].ToLowerInvariant() : string.Empty;
    }
}
