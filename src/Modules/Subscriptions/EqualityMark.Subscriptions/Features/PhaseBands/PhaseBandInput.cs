namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>The band form as typed: kept as it is when the save is refused.</summary>
public sealed class PhaseBandInput
{
    public string? Name { get; set; }

    public List<string> Phases { get; set; } = [];

    public uint Version { get; set; }
}
