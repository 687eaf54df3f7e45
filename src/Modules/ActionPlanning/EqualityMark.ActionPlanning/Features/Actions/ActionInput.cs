using System.Globalization;
using EqualityMark.Shared.Web;

namespace EqualityMark.ActionPlanning.Features.Actions;

/// <summary>The action form's fields, shared by the new and the change pages.</summary>
public sealed class ActionInput
{
    public string? Description { get; set; }

    public Guid? OwnerUserId { get; set; }

    public DateInput StartOn { get; set; } = new();

    public DateInput DueOn { get; set; } = new();

    public string? Resources { get; set; }

    public string? Cost { get; set; }

    public uint Version { get; set; }

    /// <summary>The cost in pounds; null when empty. A value that is not a number is reported by <see cref="CostIsNumber"/>.</summary>
    internal decimal? CostPounds => decimal.TryParse(Cost?.Trim().TrimStart('£').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var c) ? c : null;

    internal bool CostIsNumber => string.IsNullOrWhiteSpace(Cost) || CostPounds is not null;

    internal (string, DateInput, string)[] Dates => [("Input.StartOn", StartOn, "Start date"), ("Input.DueOn", DueOn, "Due date")];

    internal static ActionInput From(ActionDetailsDto a) => new()
    {
        Description = a.Description,
        OwnerUserId = a.OwnerUserId,
        StartOn = DateInput.From(a.StartOn),
        DueOn = DateInput.From(a.DueOn),
        Resources = a.Resources,
        Cost = a.CostPence is { } p ? (p / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null,
        Version = a.Version,
    };
}
