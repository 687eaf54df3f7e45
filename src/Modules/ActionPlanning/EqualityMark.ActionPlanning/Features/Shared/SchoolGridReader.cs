using EqualityMark.Audit.Contracts;
using MediatR;

namespace EqualityMark.ActionPlanning.Features.Shared;

/// <summary>Asks Audit for a school's current grid, once per request.</summary>
internal sealed class SchoolGridReader(IMediator mediator)
{
    private readonly Dictionary<Guid, SchoolGrid> grids = [];

    public async Task<SchoolGrid> ForSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        if (!grids.TryGetValue(schoolId, out var grid))
        {
            grid = SchoolGrid.From(await mediator.Send(new GetCurrentGridQuery(schoolId), cancellationToken));
            grids[schoolId] = grid;
        }

        return grid;
    }
}
