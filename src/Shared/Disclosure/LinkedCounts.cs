namespace EqualityMark.Shared.Disclosure;

/// <summary>
/// Counts that are published together and tied by sums (a row adds up to its total, a phase's count adds up with the
/// other phases' to the all-phases count). Protecting them one at a time is not enough: a hidden count can be worked
/// out by subtracting the figures around it. <see cref="Protect"/> withholds every count below the threshold and then
/// as few other counts as it takes so that no withheld count can be calculated from what is shown, whichever views
/// a reader puts side by side. See ADR 0021.
/// </summary>
public sealed class LinkedCounts
{
    private readonly List<int> values = [];
    private readonly List<bool> alwaysShown = [];
    private readonly List<bool> neverShown = [];
    private readonly List<(int Total, int[] Parts)> sums = [];

    /// <summary>A count that may be withheld.</summary>
    public int Add(int value) => Entry(value, known: false, derived: false);

    /// <summary>A figure the reader already knows (shown elsewhere, such as how many schools a view includes).</summary>
    public int AddKnown(int value) => Entry(value, known: true, derived: false);

    /// <summary>
    /// A figure never shown but which a reader could try to work out by comparing two views (all phases minus one
    /// phase): it is protected like a shown count when it is small.
    /// </summary>
    public int AddDerived(int value) => Entry(value, known: false, derived: true);

    private int Entry(int value, bool known, bool derived)
    {
        values.Add(value);
        alwaysShown.Add(known);
        neverShown.Add(derived);
        return values.Count - 1;
    }

    /// <summary>Records that <paramref name="total"/> is the sum of <paramref name="parts"/>.</summary>
    public void Sum(int total, IReadOnlyList<int> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        sums.Add((total, parts.ToArray()));
    }

    /// <summary>
    /// Records that <paramref name="total"/> (the all-groups view) is the sum of <paramref name="parts"/>, of which
    /// <paramref name="viewed"/> can be seen on their own. The whole minus one viewed part describes all the other
    /// groups together, so that difference is protected too.
    /// </summary>
    public void SumOfViews(int total, IReadOnlyList<int> parts, IReadOnlyList<int> viewed)
    {
        Sum(total, parts);
        if (parts.Count <= 2)
        {
            return; // the whole minus one part is the other part, already protected
        }

        foreach (var left in viewed)
        {
            var others = parts.Where(p => p != left).ToList();
            Sum(AddDerived(others.Sum(p => values[p])), others);
        }
    }

    public int Value(int index) => values[index];

    /// <summary>
    /// Which counts to withhold: those from 1 (or 0, when zeros are sensitive too) to threshold − 1, and the
    /// complements that stop them being worked out.
    /// </summary>
    public IReadOnlyList<bool> Protect(int threshold, bool zerosToo = false)
    {
        var withheld = new bool[values.Count];
        var sensitive = new bool[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            sensitive[i] = !alwaysShown[i] && values[i] >= (zerosToo ? 0 : 1) && values[i] < threshold;
            withheld[i] = sensitive[i] || neverShown[i];
        }

        var equations = new LinearDeterminacy(values.Count, sums);
        while (FirstExposed(equations, withheld, sensitive) is { } exposed)
        {
            if (WithholdComplements(equations, withheld, exposed, allowZeros: false)
                || WithholdComplements(equations, withheld, exposed, allowZeros: true))
            {
                continue;
            }

            // No small set hides it: withhold the figures around it, then every figure, until it is hidden.
            var wider = Neighbours(exposed).SelectMany(Neighbours).Distinct().ToList();
            foreach (var region in new[] { wider, Enumerable.Range(0, values.Count).ToList() })
            {
                foreach (var index in region.Where(i => !alwaysShown[i]))
                {
                    withheld[index] = true;
                }

                if (!equations.IsDetermined(exposed, withheld))
                {
                    break;
                }
            }

            // Still fixed means the always-shown figures alone give it: nothing left to withhold.
            sensitive[exposed] = sensitive[exposed] && !equations.IsDetermined(exposed, withheld);
        }

        return withheld;
    }

    /// <summary>The first small count a reader could calculate. Complements may be calculable: they are not small.</summary>
    private static int? FirstExposed(LinearDeterminacy equations, bool[] withheld, bool[] sensitive)
    {
        for (var i = 0; i < withheld.Length; i++)
        {
            if (sensitive[i] && equations.IsDetermined(i, withheld))
            {
                return i;
            }
        }

        return null;
    }

    private const int CandidatesTried = 10;
    private const int LargestComplement = 3;

    /// <summary>The cheapest set of up to three more counts (smallest first) whose withholding hides the exposed one.</summary>
    private bool WithholdComplements(LinearDeterminacy equations, bool[] withheld, int exposed, bool allowZeros)
    {
        var nearby = Neighbours(exposed).SelectMany(Neighbours).Distinct()
            .Where(i => !withheld[i] && !alwaysShown[i] && (allowZeros ? values[i] == 0 : values[i] > 0))
            .OrderBy(i => values[i]).ThenBy(i => i).Take(CandidatesTried).ToArray();
        for (var size = 1; size <= LargestComplement; size++)
        {
            int[]? best = null;
            var bestCost = long.MaxValue;
            foreach (var set in Combinations(nearby, size))
            {
                var cost = set.Sum(i => (long)values[i]);
                if (cost >= bestCost)
                {
                    continue;
                }

                var trial = (bool[])withheld.Clone();
                foreach (var i in set)
                {
                    trial[i] = true;
                }

                if (!equations.IsDetermined(exposed, trial))
                {
                    best = set;
                    bestCost = cost;
                }
            }

            if (best is not null)
            {
                foreach (var i in best)
                {
                    withheld[i] = true;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The counts that share a sum with this one (itself included).</summary>
    private IEnumerable<int> Neighbours(int index) =>
        sums.Where(s => s.Total == index || s.Parts.Contains(index)).SelectMany(s => s.Parts.Append(s.Total)).Append(index).Distinct();

    private static IEnumerable<int[]> Combinations(int[] items, int size, int start = 0)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = start; i <= items.Length - size; i++)
        {
            foreach (var rest in Combinations(items, size - 1, i + 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }
}
