namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>One row of the figures table as typed.</summary>
public sealed class FigureRow
{
    public string? StrandKey { get; set; }

    public string? GroupLabel { get; set; }

    public int? Count { get; set; }

    public int? OutOf { get; set; }

    /// <summary>Ticked to drop the row on saving: a checkbox, so pressing Enter in the form never removes a figure.</summary>
    public bool Remove { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(StrandKey) && string.IsNullOrWhiteSpace(GroupLabel) && Count is null && OutOf is null;
}
