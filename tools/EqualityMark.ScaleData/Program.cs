using System.Globalization;
using EqualityMark.ScaleData;

// dotnet EqualityMark.ScaleData.dll [--scale 1] [--seed 42] [--template lancashire] [--today yyyy-mm-dd] [--busy-grid 49000]
//   Connects as the owner role (ConnectionStrings__Owner), like the migrate step; the database must be migrated and
//   hold the demo data (its Lancashire is the template every generated authority copies).
var owner = Environment.GetEnvironmentVariable("ConnectionStrings__Owner");
if (string.IsNullOrEmpty(owner))
{
    await Console.Error.WriteLineAsync("Set ConnectionStrings__Owner (infra/connection-strings.sh PORT DB).");
    return 2;
}

string Option(string name, string fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;

var scale = double.Parse(Option("--scale", "1"), CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed", "42"), CultureInfo.InvariantCulture);
var today = DateOnly.Parse(Option("--today", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
var options = ScaleOptions.ForScale(owner, scale, seed, Option("--template", "lancashire"), today) with
{
    BusyGridChanges = int.Parse(Option("--busy-grid", "0"), CultureInfo.InvariantCulture),
};
Console.WriteLine($"Generating {options.Describe()}");
var summary = await ScaleDataGenerator.GenerateAsync(options, Console.Out, CancellationToken.None);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Generated {summary.Authorities.Count} authorities, {summary.Schools} schools, {summary.Judgements} judgements in {summary.Took.TotalSeconds:0} s"));
return 0;
