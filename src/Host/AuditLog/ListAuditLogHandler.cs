using EqualityMark.Host.Platform;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Host.AuditLog;

internal sealed class ListAuditLogHandler(PlatformDbContext db, ICurrentUser user) :
    IRequestHandler<ListAuditLogQuery, AuditLogPage>,
    IRequestHandler<ListPlatformAuditLogQuery, AuditLogPage>
{
    public const string SystemPerson = "system";

    public async Task<AuditLogPage> Handle(ListAuditLogQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators read its audit log.");
        }

        if (request.From is { } from && request.To is { } to && to < from)
        {
            throw RequestValidationException.For("To", "The end date must be the same as or after the start date");
        }

        var entries = db.AuditLogEntries.AsNoTracking();
        if (request.Person == SystemPerson)
        {
            entries = entries.Where(e => e.ActorId == null);
        }
        else if (Guid.TryParse(request.Person, out var personId))
        {
            entries = entries.Where(e => e.ActorId == personId);
        }

        if (request.SchoolId is { } schoolId)
        {
            entries = entries.Where(e => e.SchoolId == schoolId);
        }

        if (!string.IsNullOrWhiteSpace(request.Kind))
        {
            entries = entries.Where(e => e.Kind == request.Kind);
        }

        if (request.From is { } start)
        {
            var since = UkTime.StartOf(start);
            entries = entries.Where(e => e.At >= since);
        }

        if (request.To is { } end)
        {
            var before = UkTime.StartOf(end.AddDays(1));
            entries = entries.Where(e => e.At < before);
        }

        var kinds = await db.AuditLogEntries.AsNoTracking().Select(e => e.Kind).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);
        return await PageAsync(entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id), request.Page, request.PageSize, kinds, cancellationToken);
    }

    public async Task<AuditLogPage> Handle(ListPlatformAuditLogQuery request, CancellationToken cancellationToken)
    {
        if (user.Role != Roles.PlatformOperator)
        {
            throw new ForbiddenException("Only platform operators read the platform's audit log.");
        }

        var entries = db.PlatformAuditLogEntries.AsNoTracking().OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
        return await PageAsync(entries, request.Page, 50, [], cancellationToken);
    }

    private static async Task<AuditLogPage> PageAsync<T>(IQueryable<T> entries, int requestedPage, int requestedSize, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
        where T : class, IAuditLogRow
    {
        var size = Math.Clamp(requestedSize, 1, 1000);
        var total = await entries.CountAsync(cancellationToken);
        var page = Math.Clamp(requestedPage, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await entries.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new AuditLogPage(rows.ConvertAll(r => ToDto(r)), total, page, size, kinds);
    }

    private static AuditLogEntryDto ToDto(IAuditLogRow e) =>
        new(e.Id, e.At, e.ActorId, e.ActorName, e.ActorRole, e.Kind, AuditLogKinds.Label(e.Kind), e.TargetId, e.SchoolId, e.Details, e.IpAddress, e.UserAgent);
}
