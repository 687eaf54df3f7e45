using EqualityMark.Organisations.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>What a band's name and phases must be, for adding and for changing one.</summary>
internal static class PhaseBandFieldRules
{
    public static void NameAndPhases<T>(AbstractValidator<T> validator, Func<T, string?> name, Func<T, IReadOnlyList<string>?> phases)
    {
        validator.RuleFor(c => name(c)).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the band's name")
            .Must(n => n is null || n.Trim().Length <= 200).WithMessage("Name must be 200 characters or fewer").OverridePropertyName("Name");
        validator.RuleFor(c => phases(c)).Must(p => p is { Count: > 0 }).WithMessage("Choose at least one school phase")
            .Must(p => p is null || p.All(IsPhase)).WithMessage("Choose school phases from the list").OverridePropertyName("Phases");
    }

    public static List<SchoolPhase> Parse(IReadOnlyList<string> phases) => [.. phases.Select(Enum.Parse<SchoolPhase>).Distinct().Order()];

    private static bool IsPhase(string phase) => !int.TryParse(phase, out _) && Enum.TryParse<SchoolPhase>(phase, out var value) && Enum.IsDefined(value);
}
