namespace EqualityMark.IntegrationTests.Disclosure;

/// <summary>
/// The reader's side: what can be calculated exactly from published figures. Each published figure is a sum of
/// unknown atoms (for example one phase's red count); a quantity is recoverable exactly when its sum is a linear
/// combination of the published ones. Written apart from the app's own check so that one cannot vouch for the other.
/// </summary>
internal static class Recovery
{
    /// <param name="published">Each published figure as the atoms it adds up.</param>
    /// <param name="target">The quantity the reader is after, as the atoms it adds up.</param>
    public static bool IsRecoverable(IReadOnlyList<ISet<int>> published, ISet<int> target, int atoms)
    {
        var rows = published.Select(p => Vector(p, atoms)).ToList();
        return Rank(rows, atoms) == Rank([.. rows, Vector(target, atoms)], atoms);
    }

    private static double[] Vector(ISet<int> set, int atoms) => Enumerable.Range(0, atoms).Select(i => set.Contains(i) ? 1d : 0d).ToArray();

    private static int Rank(List<double[]> rows, int columns)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        for (var c = 0; c < columns && rank < m.Count; c++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).OrderByDescending(r => Math.Abs(m[r][c])).First();
            if (Math.Abs(m[pivot][c]) < 1e-9)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && Math.Abs(m[r][c]) > 1e-9)
                {
                    var f = m[r][c] / m[rank][c];
                    for (var k = 0; k < columns; k++)
                    {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}
