namespace EqualityMark.Shared.Disclosure;

/// <summary>
/// Whether a withheld count is fixed by the shown ones. Each sum is an equation; the withheld counts are the unknowns.
/// A count is fixed exactly when every solution gives it the same value, that is when leaving its column out of the
/// equations lowers their rank.
/// </summary>
internal sealed class LinearDeterminacy(int count, IReadOnlyList<(int Total, int[] Parts)> sums)
{
    public bool IsDetermined(int index, bool[] withheld)
    {
        var unknowns = Enumerable.Range(0, count).Where(i => withheld[i]).ToList();
        return Rank(unknowns) - Rank(unknowns.Where(i => i != index).ToList()) == 1;
    }

    private int Rank(List<int> columns)
    {
        var matrix = new double[sums.Count, columns.Count];
        for (var row = 0; row < sums.Count; row++)
        {
            var (total, parts) = sums[row];
            for (var column = 0; column < columns.Count; column++)
            {
                matrix[row, column] = columns[column] == total ? 1 : parts.Contains(columns[column]) ? -1 : 0;
            }
        }

        return RowEchelonRank(matrix, sums.Count, columns.Count);
    }

    private static int RowEchelonRank(double[,] matrix, int rows, int columns)
    {
        const double Tolerance = 1e-9;
        var rank = 0;
        for (var column = 0; column < columns && rank < rows; column++)
        {
            var pivot = rank;
            for (var row = rank + 1; row < rows; row++)
            {
                if (Math.Abs(matrix[row, column]) > Math.Abs(matrix[pivot, column]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(matrix[pivot, column]) < Tolerance)
            {
                continue;
            }

            for (var c = 0; c < columns; c++)
            {
                (matrix[rank, c], matrix[pivot, c]) = (matrix[pivot, c], matrix[rank, c]);
            }

            for (var row = 0; row < rows; row++)
            {
                if (row == rank || Math.Abs(matrix[row, column]) < Tolerance)
                {
                    continue;
                }

                var factor = matrix[row, column] / matrix[rank, column];
                for (var c = column; c < columns; c++)
                {
                    matrix[row, c] -= factor * matrix[rank, c];
                }
            }

            rank++;
        }

        return rank;
    }
}
