using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Features.Schools.Notes;

/// <summary>A page of the staff's notes on a school, newest first.</summary>
internal sealed record ListSchoolNotesQuery(Guid SchoolId, int Page = 1) : IQuery<SchoolNotesPage>;

internal sealed record SchoolNotesPage(IReadOnlyList<SchoolNoteDto> Notes, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

internal sealed record SchoolNoteDto(Guid Id, string Text, string AuthorName, DateTimeOffset WrittenAt);

internal sealed record AddSchoolNoteCommand(Guid SchoolId, string? Text) : ICommand<SchoolNoteDto>;

/// <summary>What happened to the school's people (hand-overs), for its timeline; the school's own users may read it.</summary>
internal sealed record GetSchoolHistoryQuery(Guid SchoolId) : IQuery<IReadOnlyList<EqualityMark.Shared.Time.TimelineEntry>>;
