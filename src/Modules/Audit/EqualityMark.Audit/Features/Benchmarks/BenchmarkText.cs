using System.Globalization;
using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>How the benchmark pages write a figure.</summary>
public static class BenchmarkText
{
    public static readonly Rating[] Ratings = [Rating.Red, Rating.Amber, Rating.Green];

    /// <summary>"8 (32%)", "not shown" when withheld, or a dash when the group has no figures.</summary>
    public static string Share(BenchmarkShareDto? share, Rating rating) => share is null
        ? "–"
        : share.Count(rating) is { } count
            ? string.Create(CultureInfo.InvariantCulture, $"{count} ({share.Percent(rating)}%)")
            : "not shown";

    /// <summary>"like 45% of schools in Lancashire County Council and 40% in all authorities", from the figures that are shown.</summary>
    public static string? WhereItStands(BenchmarkCellDto cell, string authorityName)
    {
        if (cell.SchoolRating is not { } rating || rating == Rating.NotAssessed)
        {
            return null;
        }

        var here = cell.Authority?.Percent(rating);
        var all = cell.AllAuthorities?.Percent(rating);
        var share = (here, all) switch
        {
            ({ } h, { } a) => string.Create(CultureInfo.InvariantCulture, $"{h}% of schools in {authorityName} and {a}% across all authorities"),
            ({ } h, null) => string.Create(CultureInfo.InvariantCulture, $"{h}% of schools in {authorityName}"),
            (null, { } a) => string.Create(CultureInfo.InvariantCulture, $"{a}% of schools across all authorities"),
            _ => null,
        };
        return share is null ? null : $"Rated {rating.ToString().ToLowerInvariant()} by {share}";
    }
}
