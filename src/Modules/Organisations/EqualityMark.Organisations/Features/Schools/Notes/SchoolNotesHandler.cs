using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Schools.Notes;

/// <summary>Staff notes are for the authority's staff only; a school's history is for its staff and its own people.</summary>
internal sealed class SchoolNotesHandler(OrganisationsDbContext db, ICurrentUser currentUser, TimeProvider clock) :
    IRequestHandler<ListSchoolNotesQuery, SchoolNotesPage>,
    IRequestHandler<AddSchoolNoteCommand, SchoolNoteDto>,
    IRequestHandler<GetSchoolHistoryQuery, IReadOnlyList<TimelineEntry>>
{
    public const int PageSize = 20;

    public async Task<SchoolNotesPage> Handle(ListSchoolNotesQuery request, CancellationToken cancellationToken)
    {
        await EnsureStaffSchoolAsync(request.SchoolId, cancellationToken);
        var notes = db.SchoolNotes.AsNoTracking().Where(n => n.SchoolId == request.SchoolId);
        var total = await notes.CountAsync(cancellationToken);
        var page = Math.Clamp(request.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await notes.OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new SchoolNoteDto(n.Id, n.Text, n.AuthorName, n.WrittenAt)).ToListAsync(cancellationToken);
        return new SchoolNotesPage(rows, total, page, PageSize);
    }

    public async Task<SchoolNoteDto> Handle(AddSchoolNoteCommand request, CancellationToken cancellationToken)
    {
        await EnsureStaffSchoolAsync(request.SchoolId, cancellationToken);
        var author = await db.Users.AsNoTracking().Where(u => u.Id == currentUser.UserId).Select(u => u.FullName).SingleAsync(cancellationToken);
        var note = new SchoolNote
        {
            SchoolId = request.SchoolId, Text = request.Text!.Trim(), AuthorId = currentUser.UserId!.Value, AuthorName = author, WrittenAt = clock.GetUtcNow(),
        };
        db.SchoolNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return new SchoolNoteDto(note.Id, note.Text, note.AuthorName, note.WrittenAt);
    }

    public async Task<IReadOnlyList<TimelineEntry>> Handle(GetSchoolHistoryQuery request, CancellationToken cancellationToken)
    {
        if (!currentUser.CanSeeSchool(request.SchoolId))
        {
            throw new NotFoundException("No school with that id was found.");
        }

        var entries = await db.SchoolHistory.AsNoTracking().Where(h => h.SchoolId == request.SchoolId)
            .OrderByDescending(h => h.At).Select(h => new { h.At, h.Text }).ToListAsync(cancellationToken);
        return entries.ConvertAll(h => TimelineEntry.At(h.At, h.Text));
    }

    private async Task EnsureStaffSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityStaff)
        {
            throw new ForbiddenException("Notes on a school are for the authority's staff.");
        }

        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
        {
            throw new NotFoundException("No school with that id was found.");
        }
    }
}
