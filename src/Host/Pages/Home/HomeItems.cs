using EqualityMark.Shared.Home;

namespace EqualityMark.Host.Pages.Home;

/// <summary>Everything the modules said needs doing, sorted into the home page's sections.</summary>
public sealed class HomeItems
{
    public HomeItems(IEnumerable<HomeItem> items)
    {
        var all = items.ToList();
        NeedsAttention = [.. all.Where(i => i.Section == HomeSection.NeedsAttention).OrderBy(i => i.Order).ThenBy(i => i.When)];
        Steps = [.. all.Where(i => i.Section == HomeSection.ProgrammeSteps).OrderBy(i => i.Order)];
        ActionsDue = [.. all.Where(i => i.Section == HomeSection.ActionsDue).OrderBy(i => i.When)];
        ComingUp = [.. all.Where(i => i.Section == HomeSection.ComingUp).OrderBy(i => i.When)];
        NextStep = Steps.FirstOrDefault(s => s.State != StepState.Completed);
    }

    public IReadOnlyList<HomeItem> NeedsAttention { get; }

    public IReadOnlyList<HomeItem> Steps { get; }

    /// <summary>The first programme step not completed this year; null when every step is.</summary>
    public HomeItem? NextStep { get; }

    public IReadOnlyList<HomeItem> ActionsDue { get; }

    public IReadOnlyList<HomeItem> ComingUp { get; }
}
