using EqualityMark.Shared.Time;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>Staff see every invoice of the authority; a school's co-ordinator only their school's; reference group members none.</summary>
internal sealed class InvoiceQueriesHandler(SubscriptionsDbContext db, ICurrentUser currentUser, TimeProvider clock) :
    IRequestHandler<ListInvoicesQuery, IReadOnlyList<InvoiceDto>>,
    IRequestHandler<GetInvoiceQuery, InvoiceDto>
{
    public async Task<IReadOnlyList<InvoiceDto>> Handle(ListInvoicesQuery request, CancellationToken cancellationToken)
    {
        SchoolMoney.EnsureMaySee(currentUser);
        var today = UkTime.Today(clock);
        var invoices = db.Invoices.Include(i => i.Lines).AsNoTracking();
        if (!currentUser.IsAuthorityStaff)
        {
            var ownSchool = currentUser.SchoolId ?? Guid.Empty;
            invoices = invoices.Where(i => i.SchoolId == ownSchool);
        }

        if (request.SchoolId is { } schoolId)
        {
            invoices = invoices.Where(i => i.SchoolId == schoolId);
        }

        if (request.OverdueOnly)
        {
            invoices = invoices.Where(i => i.Status == InvoiceStatus.Open && i.DueOn < today);
        }

        var list = await invoices.OrderByDescending(i => i.Number).ToListAsync(cancellationToken);
        return list.ConvertAll(i => i.ToDto(today));
    }

    public async Task<InvoiceDto> Handle(GetInvoiceQuery request, CancellationToken cancellationToken)
    {
        SchoolMoney.EnsureMaySee(currentUser);
        var invoice = await db.Invoices.Include(i => i.Lines).AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.InvoiceId, cancellationToken);
        return invoice is not null && currentUser.CanSeeSchool(invoice.SchoolId)
            ? invoice.ToDto(UkTime.Today(clock))
            : throw new NotFoundException("No invoice with that id was found.");
    }
}
