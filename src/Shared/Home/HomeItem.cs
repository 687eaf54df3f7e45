namespace EqualityMark.Shared.Home;

/// <summary>
/// One line on a signed-in person's home page, contributed by the module that owns the work. Items in
/// <see cref="HomeSection.ProgrammeSteps"/> carry the step number in <see cref="Order"/> and its <see cref="State"/>;
/// the others are ordered by <see cref="Order"/> and then by <see cref="When"/>.
/// </summary>
public sealed record HomeItem(HomeSection Section, int Order, string Text, string Href)
{
    /// <summary>A second line: a date, a count of overdue items, the reason something came back.</summary>
    public string? Detail { get; init; }

    public DateTimeOffset? When { get; init; }

    public StepState State { get; init; } = StepState.NotStarted;
}
