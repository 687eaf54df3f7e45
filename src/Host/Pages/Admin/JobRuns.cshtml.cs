using EqualityMark.Host.Jobs.Runs;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Admin;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class JobRunsModel(IMediator mediator, IEnumerable<TenantJobDefinition> jobs) : PageModel
{
    public IReadOnlyList<JobRunDto> Runs { get; private set; } = [];

    public IReadOnlyList<ScheduledJobDto> Jobs { get; } =
        jobs.Select(j => new ScheduledJobDto(j.Name, j.Description, j.CronExpression)).ToList();

    /// <summary>The job just started with "Run now" (after the redirect), for the success banner.</summary>
    public string? StartedJob { get; private set; }

    public async Task OnGetAsync(string? started, CancellationToken cancellationToken)
    {
        StartedJob = Jobs.FirstOrDefault(j => j.Name == started)?.Name;
        Runs = await mediator.Send(new ListJobRunsQuery(), cancellationToken);
    }

    public async Task<IActionResult> OnPostRunAsync(string job, CancellationToken cancellationToken)
    {
        await mediator.Send(new RunJobNowCommand(job), cancellationToken);
        return RedirectToPage(new { started = job });
    }
}
