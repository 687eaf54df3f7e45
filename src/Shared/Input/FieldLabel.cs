using System.Text;

namespace EqualityMark.Shared.Input;

/// <summary>A field's path as a person reads it: "Items[2].StrandKey" → "Strand key".</summary>
public static class FieldLabel
{
    public static string For(string path)
    {
        var last = path[(path.LastIndexOf('.') + 1)..];
        var name = last.Split('[')[0];
        if (name.Length == 0)
        {
            return "This field";
        }

        var label = new StringBuilder(name.Length + 4).Append(char.ToUpperInvariant(name[0]));
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                label.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                label.Append(name[i]);
            }
        }

        return label.ToString();
    }
}
