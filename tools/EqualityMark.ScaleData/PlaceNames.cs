namespace EqualityMark.ScaleData;

/// <summary>Made-up English place names: authority names, towns and school names.</summary>
public static class PlaceNames
{
    private static readonly string[] Starts =
        ["Ash", "Brook", "Cal", "Dun", "Elm", "Fair", "Glen", "Hart", "Ivy", "King", "Lang", "Mill", "North", "Oak",
         "Pen", "Queen", "Red", "Stan", "Thorn", "Upper", "Wel", "West", "Win", "York", "Bram", "Chest", "Derw", "East"];

    private static readonly string[] Ends =
        ["ford", "ley", "ton", "bury", "field", "wick", "dale", "mouth", "ham", "stead", "worth", "by", "combe", "gate"];

    private static readonly string[] Features =
        ["Park", "Hill", "Green", "Meadow", "Brook", "Vale", "Bridge", "Lane", "Wood", "Common", "Fields", "Road"];

    public static string Authority(int index) =>
        $"{Starts[index % Starts.Length]}{Ends[index / Starts.Length % Ends.Length]}" +
        (index >= Starts.Length * Ends.Length ? $" {index / (Starts.Length * Ends.Length) + 1}" : string.Empty);

    public static string Town(Random random) => $"{Starts[random.Next(Starts.Length)]}{Ends[random.Next(Ends.Length)]}";

    public static string Feature(Random random) => Features[random.Next(Features.Length)];
}
