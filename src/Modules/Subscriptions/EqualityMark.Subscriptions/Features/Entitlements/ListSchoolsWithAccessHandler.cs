using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;

namespace EqualityMark.Subscriptions.Features.Entitlements;

internal sealed class ListSchoolsWithAccessHandler(SubscriptionsDbContext db, TimeProvider clock) : IRequestHandler<ListSchoolsWithAccessQuery, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(ListSchoolsWithAccessQuery request, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var schools = await SchoolAccessReader.CandidatesAsync(db, null, today, cancellationToken);
        return schools.Where(school => SchoolAccess.For(school.ToList(), today, today, settings.LapseGraceDays, true) is not null).Select(school => school.Key).ToList();
    }
}
