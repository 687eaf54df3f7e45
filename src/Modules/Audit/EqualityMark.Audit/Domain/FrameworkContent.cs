namespace EqualityMark.Audit.Domain;

/// <summary>
/// Everything an audit is done against: strands, elements of practice, audit items, the RAG descriptors
/// and the rule that turns item judgements into grid cells. Stored whole with its version, so a
/// published version can never change under an audit that used it.
/// </summary>
public sealed record FrameworkContent(
    IReadOnlyList<StrandDefinition> Strands,
    IReadOnlyList<ElementDefinition> Elements,
    IReadOnlyList<ItemDefinition> Items,
    RagDescriptors Descriptors,
    GridRule GridRule)
{
    /// <summary>The strands an item is judged for: its own, or every strand when it belongs to all.</summary>
    public IEnumerable<string> StrandsOf(ItemDefinition item) =>
        item.StrandKey is null ? Strands.Select(s => s.Key) : [item.StrandKey];

    public ElementDefinition? Element(string key) => Elements.FirstOrDefault(e => e.Key == key);

    public StrandDefinition? Strand(string key) => Strands.FirstOrDefault(s => s.Key == key);
}
