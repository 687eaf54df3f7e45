namespace EqualityMark.Shared.Disclosure;

/// <summary>
/// Which groups (such as school phases) may be shown on their own. A group smaller than the threshold is never shown,
/// and neither is anything that would let it be worked out: if the groups left out add up to fewer than the threshold
/// (so "all" minus the shown groups would describe them), the smallest shown groups join them until the left-out
/// remainder is empty or large enough. The whole is shown only when it reaches the threshold itself.
/// </summary>
public static class PublishableGroups
{
    public static PublishableGroups<TKey> Choose<TKey>(IReadOnlyDictionary<TKey, int> sizes, int threshold)
        where TKey : notnull
    {
        var total = sizes.Values.Sum();
        if (total < threshold)
        {
            return new PublishableGroups<TKey>(false, [], total);
        }

        var shown = sizes.Where(g => g.Value >= threshold).OrderByDescending(g => g.Value).ThenBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        int Remainder() => total - shown.Sum(k => sizes[k]);
        while (shown.Count > 0 && Remainder() is > 0 and var left && left < threshold)
        {
            shown.RemoveAt(shown.Count - 1);
        }

        // A single shown group whose remainder is empty is the whole again: nothing new, but harmless.
        return new PublishableGroups<TKey>(true, shown, total);
    }
}

/// <param name="WholeShown">Whether the all-groups figures may be shown at all.</param>
/// <param name="Shown">The groups that may be shown on their own, largest first.</param>
/// <param name="Total">The size of the whole.</param>
public sealed record PublishableGroups<TKey>(bool WholeShown, IReadOnlyList<TKey> Shown, int Total)
    where TKey : notnull
{
    public bool IsShown(TKey key) => Shown.Contains(key);
}
