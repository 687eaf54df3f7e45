using EqualityMark.Host.Platform;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Host.Email.Viewer;

internal sealed class ListOutboundEmailsHandler(PlatformDbContext db, ICurrentUser currentUser) : IRequestHandler<ListOutboundEmailsQuery, IReadOnlyList<OutboundEmailDto>>
{
    public async Task<IReadOnlyList<OutboundEmailDto>> Handle(ListOutboundEmailsQuery request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can see sent mail.");
        }

        var emails = db.OutboundEmails.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.To))
        {
            emails = emails.Where(e => e.To == request.To.Trim());
        }

        // Ids are version-7 UUIDs: they sort in the order rows were written, whatever clock a job or test used.
        var rows = await emails.OrderByDescending(e => e.Id).Take(Math.Clamp(request.Take, 1, 200)).ToListAsync(cancellationToken);
        return rows.ConvertAll(e => new OutboundEmailDto(
            e.Id, e.To, e.FromName, e.ReplyTo, e.Subject, e.Body, e.Kind, e.QueuedAt, e.Status.ToString(), DeliveryStatusLabel.For(e.Status, e.Attempts), e.LastError, e.Attempts));
    }
}
