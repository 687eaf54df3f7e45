using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Time;
using MediatR;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>Fills a summary in from the other modules: the strand's objectives, actions, impact and evidence (ActionPlanning) and its grid column this year and last (Audit).</summary>
internal sealed class SummaryPrefillReader(IMediator mediator, TimeProvider clock)
{
    public async Task<SummaryPrefillDto> ReadAsync(Guid schoolId, string strandKey, CancellationToken cancellationToken)
    {
        var objectives = await mediator.Send(new GetStrandProgressQuery(schoolId, strandKey), cancellationToken);
        var evidence = await mediator.Send(new GetStrandEvidenceQuery(schoolId, strandKey), cancellationToken);
        var year = AcademicYear.For(clock.GetUtcNow());
        var thisYear = await ColumnAsync(schoolId, strandKey, year, cancellationToken);
        var lastYear = await ColumnAsync(schoolId, strandKey, year - 1, cancellationToken);
        return new SummaryPrefillDto(objectives, evidence, thisYear, lastYear);
    }

    private async Task<GridColumnDto?> ColumnAsync(Guid schoolId, string strandKey, int year, CancellationToken cancellationToken)
    {
        var grid = await mediator.Send(new GetGridForYearQuery(schoolId, year), cancellationToken);
        if (grid is null)
        {
            return null;
        }

        var cells = grid.Cells.Where(c => c.StrandKey == strandKey).ToDictionary(c => c.ElementKey, c => c.Rating);
        return new GridColumnDto(year, AcademicYear.Label(year),
            grid.Elements.Select(e => new GridColumnCellDto(e.Name, cells.GetValueOrDefault(e.Key, Rating.NotAssessed))).ToList());
    }
}
