using System.Globalization;

namespace EqualityMark.ScaleData;

/// <summary>One generated authority: its code (the host name), names and how many schools it has.</summary>
public sealed record AuthorityPlan(int Number, Guid Id, string Code, string Name, string ProgrammeName, int Schools)
{
    /// <summary>
    /// Sizes follow a long tail like England's (a few county councils with hundreds of schools, many small
    /// unitary authorities): the first is the largest, the rest share what is left in proportion to a seeded
    /// log-normal weight, and every authority gets at least five schools.
    /// </summary>
    public static IReadOnlyList<AuthorityPlan> For(ScaleOptions options)
    {
        var random = new Random(unchecked(options.Seed + StableHash(options.CodePrefix)));
        var count = options.Authorities;
        var largest = Math.Min(options.LargestAuthority, options.Schools - (5 * (count - 1)));
        var weights = Enumerable.Range(0, count - 1).Select(_ => Math.Exp(0.6 * Gaussian(random))).ToArray();
        var rest = options.Schools - largest;
        var sizes = weights.Select(w => Math.Max(5, (int)Math.Floor(rest * w / weights.Sum()))).ToArray();
        for (var i = 0; sizes.Sum() < rest; i = (i + 1) % sizes.Length)
        {
            sizes[i]++;
        }

        for (var i = 0; sizes.Sum() > rest; i = (i + 1) % sizes.Length)
        {
            if (sizes[i] > 5)
            {
                sizes[i]--;
            }
        }

        int[] all = [largest, .. sizes.Select(s => Math.Min(s, largest))];
        return all.Select((schools, i) =>
        {
            var place = PlaceNames.Authority(i);
            var code = string.Create(CultureInfo.InvariantCulture, $"{options.CodePrefix}{i + 1:000}");
            return new AuthorityPlan(i + 1, Ids.From(random), code, $"{place} Council", $"{place} Equality Mark", schools);
        }).ToList();
    }

    /// <summary>FNV-1a: the same on every run (string.GetHashCode is not), so another code prefix gives other ids.</summary>
    private static int StableHash(string text) =>
        text.Aggregate(unchecked((int)2166136261), (hash, c) => unchecked((hash ^ c) * 16777619));

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
