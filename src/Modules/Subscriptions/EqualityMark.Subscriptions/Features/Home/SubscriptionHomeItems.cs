using EqualityMark.Shared.Home;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Home;

/// <summary>Sign-ups waiting for a decision and unpaid invoices, for the authority; a school's own unpaid invoices for its co-ordinator.</summary>
internal sealed class SubscriptionHomeItems(SubscriptionsDbContext db, ICurrentUser user, TimeProvider clock) : IHomeItemSource
{
    public async Task<IReadOnlyList<HomeItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        if (user.IsAuthorityStaff)
        {
            return await ForAuthorityAsync(today, cancellationToken);
        }

        return user.SchoolId is { } schoolId && SchoolMoney.MaySee(user)
            ? await ForSchoolAsync(schoolId, today, cancellationToken)
            : [];
    }

    private async Task<IReadOnlyList<HomeItem>> ForAuthorityAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var items = new List<HomeItem>();
        if (user.IsAuthorityAdmin)
        {
            var signUps = await db.SignUps.CountAsync(s => s.Status == SignUpStatus.AwaitingReview, cancellationToken);
            if (signUps > 0)
            {
                items.Add(new HomeItem(HomeSection.NeedsAttention, 10, HomeText.Count(signUps, "sign-up", "sign-ups") + " to review", "/admin/sign-ups"));
            }
        }

        var unpaid = await db.Invoices.CountAsync(i => i.Status == InvoiceStatus.Open, cancellationToken);
        if (unpaid > 0)
        {
            var overdue = await db.Invoices.CountAsync(i => i.Status == InvoiceStatus.Open && i.DueOn < today, cancellationToken);
            items.Add(new HomeItem(HomeSection.NeedsAttention, 20, HomeText.Count(unpaid, "unpaid invoice", "unpaid invoices"), overdue > 0 ? "/admin/invoices?overdue=true" : "/admin/invoices")
            {
                Detail = overdue > 0 ? HomeText.Count(overdue, "is", "are") + " overdue" : null,
            });
        }

        return items;
    }

    private async Task<IReadOnlyList<HomeItem>> ForSchoolAsync(Guid schoolId, DateOnly today, CancellationToken cancellationToken)
    {
        var invoices = await db.Invoices.AsNoTracking()
            .Where(i => i.SchoolId == schoolId && i.Status == InvoiceStatus.Open)
            .OrderBy(i => i.DueOn)
            .Select(i => new { i.Id, i.Number, i.DueOn })
            .Take(5)
            .ToListAsync(cancellationToken);
        return invoices.Select(i => new HomeItem(HomeSection.NeedsAttention, 20, $"Pay invoice {Invoice.ReferenceFor(i.Number)}", $"/invoices/{i.Id}")
        {
            Detail = i.DueOn < today ? $"Overdue: it was due on {HomeText.Date(i.DueOn)}" : $"Due by {HomeText.Date(i.DueOn)}",
        }).ToList();
    }
}
