using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Accreditation.Domain;

/// <summary>
/// How an authority awards: how many badges earn the Mark (null: every badge of its framework) and within how
/// many years of each other (null: no window), how long a badge and the Mark stay valid (null: never expire), and
/// how many months before a badge expires the school may send a renewal summary. One row per authority.
/// </summary>
internal sealed class AwardRules : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public int? BadgesForMark { get; set; }

    public int? MarkWindowYears { get; set; } = 3;

    public int? BadgeValidityYears { get; set; } = 3;

    public int? MarkValidityYears { get; set; } = 3;

    public int RenewalOpensMonthsBefore { get; set; } = 6;

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "Default";

    public uint RowVersion { get; private set; }

    public static AwardRules Default() => new();

    public DateOnly? BadgeExpiry(DateOnly awardedOn) => BadgeValidityYears is { } years ? awardedOn.AddYears(years) : null;

    public DateOnly? MarkExpiry(DateOnly awardedOn) => MarkValidityYears is { } years ? awardedOn.AddYears(years) : null;

    /// <summary>The Mark needs this many badges: the configured number, or all of them, never more than exist.</summary>
    public int BadgesNeeded(int badgesInFramework) => Math.Min(BadgesForMark ?? badgesInFramework, badgesInFramework);
}
