using EqualityMark.Shared.Errors;

namespace EqualityMark.Audit.Domain;

/// <summary>A framework must hang together before it is published: unique keys, items under real elements and strands.</summary>
internal static class FrameworkContentRules
{
    public static void Check(FrameworkContent content)
    {
        var errors = new Dictionary<string, string[]>();
        Add(errors, "Strands", content.Strands.Count == 0 ? "Add at least one strand" : Duplicate(content.Strands.Select(s => s.Key), "strand"));
        Add(errors, "Elements", content.Elements.Count == 0 ? "Add at least one element" : Duplicate(content.Elements.Select(e => e.Key), "element"));
        Add(errors, "Strands", content.Strands.Where(s => string.IsNullOrWhiteSpace(s.Name)).Select(s => $"Strand {s.Key} has no name").FirstOrDefault());
        Add(errors, "Elements", content.Elements.Where(e => string.IsNullOrWhiteSpace(e.Name)).Select(e => $"Element {e.Key} has no name").FirstOrDefault());
        Add(errors, "Items", Duplicate(content.Items.Select(i => i.Key), "item")
            ?? content.Items.Where(i => content.Element(i.ElementKey) is null).Select(i => $"Item {i.Key} is under an unknown element {i.ElementKey}").FirstOrDefault()
            ?? content.Items.Where(i => i.StrandKey is not null && content.Strand(i.StrandKey) is null).Select(i => $"Item {i.Key} names an unknown strand {i.StrandKey}").FirstOrDefault()
            ?? content.Items.Where(i => string.IsNullOrWhiteSpace(i.Statement)).Select(i => $"Item {i.Key} has no statement").FirstOrDefault());
        Add(errors, "Items", content.Items.Count == 0 ? "Add at least one audit item" : null);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    private static string? Duplicate(IEnumerable<string> keys, string what) =>
        keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => $"The {what} key '{g.Key}' is used more than once").FirstOrDefault()
        ?? keys.Where(string.IsNullOrWhiteSpace).Select(_ => $"Every {what} needs a key").FirstOrDefault();

    private static void Add(Dictionary<string, string[]> errors, string field, string? message)
    {
        if (message is not null && !errors.ContainsKey(field))
        {
            errors[field] = [message];
        }
    }
}
