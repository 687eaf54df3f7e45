using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Review;

/// <summary>
/// The desk check's queue, oldest first, each with the date of the school's next visit as its deadline (one query
/// to Events for the page's schools); and the accepted summaries waiting to be verified at a visit.
/// </summary>
internal sealed class ReviewQueueHandler(AccreditationDbContext db, AccreditationAccess access, IMediator mediator, TimeProvider clock) :
    IRequestHandler<GetReviewQueueQuery, ReviewQueueDto>
{
    private const int PageSize = 25;

    public async Task<ReviewQueueDto> Handle(GetReviewQueueQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var waiting = db.Summaries.AsNoTracking().Where(s => s.Status == SummaryStatus.Sent);
        var total = await waiting.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        var deskCheck = await waiting.OrderBy(s => s.SentAt).ThenBy(s => s.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new { s.Id, s.SchoolId, s.SchoolName, s.StrandName, s.Version, s.SentAt }).ToListAsync(cancellationToken);
        var accepted = await db.Summaries.AsNoTracking().Where(s => s.Status == SummaryStatus.Accepted).OrderBy(s => s.DecidedAt).Take(100)
            .Select(s => new { s.Id, s.SchoolId, s.SchoolName, s.StrandName, s.Version, s.SentAt }).ToListAsync(cancellationToken);
        var schools = deskCheck.Select(s => s.SchoolId).Concat(accepted.Select(s => s.SchoolId)).Distinct().ToList();
        var visits = await mediator.Send(new GetNextVisitDatesQuery(schools), cancellationToken);
        var today = UkTime.Today(clock);
        ReviewItemDto Item(Guid id, Guid schoolId, string school, string strand, int version, DateTimeOffset? sentAt)
        {
            var next = visits.TryGetValue(schoolId, out var date) ? date : (DateOnly?)null;
            return new ReviewItemDto(id, schoolId, school, strand, version, sentAt, next, next is { } d && d.DayNumber - today.DayNumber <= 7);
        }

        return new ReviewQueueDto(
            deskCheck.Select(s => Item(s.Id, s.SchoolId, s.SchoolName, s.StrandName, s.Version, s.SentAt)).ToList(), total, page, pageCount,
            accepted.Select(s => Item(s.Id, s.SchoolId, s.SchoolName, s.StrandName, s.Version, s.SentAt)).ToList());
    }
}
