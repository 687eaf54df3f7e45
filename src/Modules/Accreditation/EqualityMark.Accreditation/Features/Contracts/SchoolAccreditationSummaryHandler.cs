using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Time;
using MediatR;

namespace EqualityMark.Accreditation.Features.Contracts;

/// <summary>
/// The school's accreditation for its one view, in words: read through <see cref="GetSchoolAccreditationQuery"/>
/// (a fixed number of queries; staff or the school's own people, otherwise not found).
/// </summary>
internal sealed class SchoolAccreditationSummaryHandler(IMediator mediator, AccreditationAccess access) :
    IRequestHandler<GetSchoolAccreditationSummaryQuery, SchoolAccreditationSummaryDto>
{
    public async Task<SchoolAccreditationSummaryDto> Handle(GetSchoolAccreditationSummaryQuery request, CancellationToken cancellationToken)
    {
        var school = await mediator.Send(new GetSchoolAccreditationQuery(request.SchoolId), cancellationToken);
        var badges = school.Strands.Select(s => new BadgeSummaryDto(
            s.StrandName,
            s.SummaryStatus is { } status ? SummaryStatusLabels.For(status) : null,
            s.SummaryStatus is { } tag ? SummaryStatusLabels.TagClass(tag) : null,
            s.Badge is null ? null : ToSummary(s.Badge))).ToList();
        var timeline = school.Strands.Where(s => s.Badge is not null).Select(s => s.Badge!)
            .Concat(school.Mark is null ? [] : [school.Mark])
            .Select(a => new TimelineEntry(a.AwardedOn, $"{a.Title} awarded"))
            .ToList();
        var path = access.User.IsAuthorityStaff ? $"/accreditation/schools/{request.SchoolId}" : "/accreditation";
        return new SchoolAccreditationSummaryDto(badges, school.Mark is null ? null : ToSummary(school.Mark), path, timeline);
    }

    private static AwardSummaryDto ToSummary(AwardDto award) => new(
        award.Title, award.AwardedOn, award.ExpiresOn, award.Status, AwardStatusLabels.For(award.Status), AwardStatusLabels.TagClass(award.Status));
}
