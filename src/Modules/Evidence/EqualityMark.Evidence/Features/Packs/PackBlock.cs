namespace EqualityMark.Evidence.Features.Packs;

/// <summary>One piece of a pack's outline; the Word and PDF writers each draw every kind.</summary>
internal abstract record PackBlock;

/// <summary>Level 1 is the document title, 2 a section, 3 a part of a section.</summary>
internal sealed record PackHeading(int Level, string Text) : PackBlock;

internal sealed record PackParagraph(string Text) : PackBlock;

/// <summary>A table with a header row; Widths are each column's share of the page.</summary>
internal sealed record PackTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double> Widths) : PackBlock;
