using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>
/// Why a grid cell changed, in words: a judgement's change is stored by its item's key ("Judgement of item policy-03")
/// and shown by the item's statement from the audit's own framework version.
/// </summary>
internal static class GridChangeReasons
{
    private const string JudgementPrefix = "Judgement of item ";

    public static string ForJudgement(string itemKey) => JudgementPrefix + itemKey;

    public static string Describe(string reason, FrameworkContent content)
    {
        if (!reason.StartsWith(JudgementPrefix, StringComparison.Ordinal))
        {
            return reason;
        }

        var key = reason[JudgementPrefix.Length..];
        return content.Items.FirstOrDefault(i => i.Key == key) is { } item
            ? $"A judgement changed: \u201c{item.Statement}\u201d"
            : "A judgement changed";
    }
}
