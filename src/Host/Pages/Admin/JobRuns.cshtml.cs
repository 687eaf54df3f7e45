using EqualityMark.Host.Jobs.Runs;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Admin;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class JobRunsModel(IMediator mediator, IEnumerable<TenantJobDefinition> jobs) : PageModel
{
    public IReadOnlyList<JobRunDto> Runs { get; private set; } = [];

    public IReadOnlyList<ScheduledJobDto> Jobs { get; } =
        jobs.Select(j => new ScheduledJobDto(j.Name, j.Description, j.CronExpression)).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Runs = await mediator.Send(new ListJobRunsQuery(), cancellationToken);
}
