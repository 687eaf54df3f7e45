namespace EqualityMark.ScaleData;

/// <summary>England's mix of schools, roughly: most are primary, about one in seven secondary, then special, nursery, all-through and short-stay.</summary>
public static class SchoolMix
{
    private static readonly (string Phase, int Weight, string Word)[] Phases =
        [("Primary", 72, "Primary School"), ("Secondary", 15, "High School"), ("Special", 5, "Special School"),
         ("Nursery", 3, "Nursery School"), ("AllThrough", 3, "Academy"), ("ShortStay", 2, "Learning Centre")];

    private static readonly (string Type, int Weight)[] Types =
        [("LocalAuthorityMaintained", 55), ("Academy", 40), ("FreeSchool", 4), ("Independent", 1)];

    public static (string Phase, string Word) Phase(Random random)
    {
        var pick = Pick(random, Phases.Select(p => p.Weight));
        return (Phases[pick].Phase, Phases[pick].Word);
    }

    public static string Type(Random random) => Types[Pick(random, Types.Select(t => t.Weight))].Type;

    private static int Pick(Random random, IEnumerable<int> weights)
    {
        var list = weights.ToList();
        var roll = random.Next(list.Sum());
        for (var i = 0; i < list.Count; i++)
        {
            roll -= list[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return list.Count - 1;
    }
}
