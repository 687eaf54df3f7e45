using EqualityMark.ActionPlanning.Features.Plans;
using EqualityMark.Audit.Contracts;

namespace EqualityMark.ActionPlanning.Features.Objectives;

/// <summary>What the objective form shows: the fields and the school's grid to choose cells from.</summary>
public sealed class ObjectiveFormView
{
    internal ObjectiveFormView(ObjectiveInput input, PlanDto plan)
    {
        Input = input;
        Elements = plan.Elements;
        Strands = plan.Strands;
        Candidates = plan.Candidates.ToDictionary(c => c.ElementKey + ":" + c.StrandKey, c => c.Rating);
    }

    public ObjectiveInput Input { get; }

    public IReadOnlyList<NamedKeyDto> Elements { get; }

    public IReadOnlyList<NamedKeyDto> Strands { get; }

    private Dictionary<string, Rating> Candidates { get; }

    public Rating? Rating(string elementKey, string strandKey) => Candidates.TryGetValue(elementKey + ":" + strandKey, out var r) ? r : null;
}
