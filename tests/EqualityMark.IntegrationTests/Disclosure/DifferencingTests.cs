using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Features.Authority;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Disclosure;
using FsCheck;
using FsCheck.Fluent;

namespace EqualityMark.IntegrationTests.Disclosure;

/// <summary>
/// Property tests: whatever the schools and their ratings, no count below the threshold can be calculated exactly
/// from any two published views (all phases, each phase, the numbers of schools), whether it is a withheld figure
/// or the difference between two views.
/// </summary>
public sealed class DifferencingTests
{
    private static readonly SchoolPhase[] Phases = [SchoolPhase.Primary, SchoolPhase.Secondary, SchoolPhase.Special, SchoolPhase.ShortStay];
    private static readonly Rating[] Ratings = [Rating.Red, Rating.Amber, Rating.Green, Rating.NotAssessed];
    private const int AtomCount = 16; // phase × rating, rating 3 being "not assessed"

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(250);

    [Fact]
    public void No_small_heat_map_count_can_be_recovered_from_any_two_views()
    {
        var schools = Gen.Choose(0, 3).Zip(Gen.Choose(0, 3)).ListOf().Select(l => l.ToList());
        var input = schools.Zip(Gen.Choose(2, 6));
        Check.One(Runs, Prop.ForAll(Arb.From(input), x => HeatMapIsSafe(x.Item1, x.Item2)));
    }

    [Fact]
    public void No_small_dashboard_figure_can_be_recovered_from_any_two_phase_views()
    {
        var counts = Gen.Choose(0, 12).ArrayOf(Phases.Length);
        var input = counts.Zip(Gen.Choose(2, 6));
        Check.One(Runs, Prop.ForAll(Arb.From(input), x => FiguresAreSafe(x.Item1, x.Item2)));
    }

    [Fact]
    public void A_phase_count_below_the_threshold_is_not_all_phases_minus_the_others()
    {
        // Red: 2 primary, 6 secondary, 7 special; each phase has 10 schools that rated the cell.
        var ratings = Enumerable.Repeat((SchoolPhase.Primary, Rating.Red), 2).Concat(Enumerable.Repeat((SchoolPhase.Primary, Rating.Green), 8))
            .Concat(Enumerable.Repeat((SchoolPhase.Secondary, Rating.Red), 6)).Concat(Enumerable.Repeat((SchoolPhase.Secondary, Rating.Amber), 4))
            .Concat(Enumerable.Repeat((SchoolPhase.Special, Rating.Red), 7)).Concat(Enumerable.Repeat((SchoolPhase.Special, Rating.Green), 3)).ToList();
        SchoolPhase[] shown = [SchoolPhase.Primary, SchoolPhase.Secondary, SchoolPhase.Special];
        var all = HeatMapTable.Cell("e", "s", ratings, shown, null, 5);
        var primary = HeatMapTable.Cell("e", "s", ratings, shown, SchoolPhase.Primary, 5);
        var secondary = HeatMapTable.Cell("e", "s", ratings, shown, SchoolPhase.Secondary, 5);
        var special = HeatMapTable.Cell("e", "s", ratings, shown, SchoolPhase.Special, 5);

        Assert.Null(primary.Red);
        Assert.False(all.Red is { } a && secondary.Red is { } s && special.Red is { } p && a - s - p == 2, "all minus the other phases gives the primary count");
        Assert.True(primary.Amber is null || primary.Green is null, "the primary row adds up to its 10 schools, so one more of it is withheld");
    }

    private static bool HeatMapIsSafe(List<(int Phase, int Rating)> schools, int threshold)
    {
        var ratings = schools.Select(s => (Phases[s.Phase], Ratings[s.Rating])).ToList();
        var groups = PublishableGroups.Choose(schools.GroupBy(s => Phases[s.Phase]).ToDictionary(g => g.Key, g => g.Count()), threshold);
        if (!groups.WholeShown)
        {
            return true;
        }

        var views = groups.Shown.Select(p => (SchoolPhase?)p).Prepend(null).Select(view =>
        {
            var phases = view is { } p ? new[] { Array.IndexOf(Phases, p) } : [0, 1, 2, 3];
            var cell = HeatMapTable.Cell("e", "s", ratings, groups.Shown, view, threshold);
            return new View(phases.ToHashSet(), [cell.Red, cell.Amber, cell.Green]);
        }).ToList();

        int Count(ISet<int> atoms) => schools.Count(s => atoms.Contains((s.Phase * 4) + s.Rating));
        foreach (var view in views)
        {
            Assert.True(Count(Atoms(view.Phases, [0, 1, 2, 3])) >= threshold, "a view covers fewer schools than the threshold");
            for (var r = 0; r < 3; r++)
            {
                Assert.True(view.Counts[r] is null || view.Counts[r] == Count(Atoms(view.Phases, [r])), "a shown count is not the true count");
            }
        }

        foreach (var first in views)
        {
            foreach (var second in views)
            {
                var published = Published(first).Concat(Published(second)).ToList();
                foreach (var target in Targets(first, second))
                {
                    var value = Count(target);
                    Assert.False(value > 0 && value < threshold && Recovery.IsRecoverable(published, target, AtomCount),
                        $"{value} recovered from two views (threshold {threshold}, {schools.Count} schools)");
                }
            }
        }

        return true;
    }

    private sealed record View(ISet<int> Phases, int?[] Counts);

    private static HashSet<int> Atoms(IEnumerable<int> phases, int[] ratings) => phases.SelectMany(p => ratings.Select(r => (p * 4) + r)).ToHashSet();

    /// <summary>What a reader knows from one view: each shown count, how many schools it includes and how many rated the cell.</summary>
    private static IEnumerable<ISet<int>> Published(View view)
    {
        yield return Atoms(view.Phases, [0, 1, 2, 3]);
        yield return Atoms(view.Phases, [0, 1, 2]);
        for (var r = 0; r < 3; r++)
        {
            if (view.Counts[r] is not null)
            {
                yield return Atoms(view.Phases, [r]);
            }
        }
    }

    /// <summary>What must stay unknown: withheld counts, and the schools one view has and the other has not.</summary>
    private static IEnumerable<ISet<int>> Targets(View first, View second)
    {
        foreach (var view in new[] { first, second })
        {
            for (var r = 0; r < 3; r++)
            {
                if (view.Counts[r] is null)
                {
                    yield return Atoms(view.Phases, [r]);
                }
            }
        }

        if (second.Phases.IsProperSubsetOf(first.Phases))
        {
            var difference = first.Phases.Except(second.Phases).ToList();
            yield return Atoms(difference, [0, 1, 2, 3]);
            for (var r = 0; r < 3; r++)
            {
                yield return Atoms(difference, [r]);
            }
        }
    }

    private static bool FiguresAreSafe(int[] counts, int threshold)
    {
        var table = new LinkedCounts();
        var phases = counts.Select(table.Add).ToList();
        var all = table.Add(counts.Sum());
        table.SumOfViews(all, phases, phases);
        var withheld = table.Protect(threshold);

        // Atoms are the phases; the all-phases view is all of them.
        var views = phases.Select((index, p) => (Set: (ISet<int>)new HashSet<int> { p }, Index: index))
            .Append((Set: new HashSet<int> { 0, 1, 2, 3 }, Index: all)).ToList();
        int Count(ISet<int> set) => set.Sum(p => counts[p]);
        foreach (var first in views)
        {
            foreach (var second in views)
            {
                var published = new[] { first, second }.Where(v => !withheld[v.Index]).Select(v => v.Set).ToList();
                var targets = new[] { first, second }.Where(v => withheld[v.Index]).Select(v => v.Set).ToList();
                if (second.Set.IsProperSubsetOf(first.Set))
                {
                    targets.Add(first.Set.Except(second.Set).ToHashSet());
                }

                foreach (var target in targets)
                {
                    var value = Count(target);
                    Assert.False(value > 0 && value < threshold && Recovery.IsRecoverable(published, target, counts.Length),
                        $"{value} recovered (threshold {threshold}, counts {string.Join(',', counts)})");
                }
            }
        }

        return true;
    }
}
