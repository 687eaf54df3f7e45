using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Events.Features.Visits;

[Authorize(Policy = Policies.SignedIn)]
public sealed class VisitPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public VisitDetailsDto Details { get; private set; } = default!;

    public IReadOnlyList<AvailabilityDto> Availability { get; private set; } = [];

    /// <summary>The badges to verify at the visit by their names (the strands'), not their keys.</summary>
    public IReadOnlyList<string> BadgesToVerify { get; private set; } = [];

    public IEnumerable<SelectListItem> AdvisorOptions { get; private set; } = [];

    public bool IsAdmin => user.IsAuthorityAdmin;

    public bool IsCoordinator => user.Role == Roles.SchoolCoordinator;

    public bool IsItsAdvisor => user.IsAuthorityStaff && (Details.Visit.AdvisorId == user.UserId || user.IsAuthorityAdmin);

    /// <summary>The visit is in the person's calendar (a time is set, not cancelled; advisors: their own visits), so its .ics file opens.</summary>
    public bool InCalendar => Details.Visit.StartsAt is not null && Details.Visit.Status != VisitStatus.Cancelled
        && (user.Role != Roles.Advisor || Details.Visit.AdvisorId == user.UserId);

    /// <summary>After POST-redirect-GET from the cancel confirmation (?done=cancelled).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public ConfirmInput Confirm { get; set; } = new();

    [BindProperty]
    public string? RecordText { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Details = await mediator.Send(new GetVisitQuery(id), cancellationToken);
        if (HttpMethods.IsGet(Request.Method) && VisitKinds.LongestDuration(Details.Visit.Kind) is { } longest && Confirm.StartTime is { } start)
        {
            Confirm.EndTime = start.Add(longest); // offer the longest the package allows, not the default half day
        }
        if (Details.Visit.BadgesToVerify.Count > 0)
        {
            var names = (await mediator.Send(new GetBadgesQuery(), cancellationToken)).ToDictionary(b => b.Key, b => b.Name);
            BadgesToVerify = [.. Details.Visit.BadgesToVerify.Select(key => names.GetValueOrDefault(key, key))];
        }

        if (IsAdmin)
        {
            Availability = await mediator.Send(new ListAvailabilityQuery(), cancellationToken);
            var staff = await mediator.Send(new ListPeopleQuery(), cancellationToken);
            AdvisorOptions = [new("Choose an advisor", string.Empty), .. AdvisorChoices.Available(staff, Availability)];
        }
    }

    private static readonly Dictionary<string, string> ConfirmFields = new()
    {
        ["StartsAt"] = "Confirm.Date",
        ["EndsAt"] = "Confirm.EndTime",
    };

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.ExplainUnrealDates(("Confirm.Date", Confirm.Date, "Date of the visit")))
        {
            return await SendAsync(id, new ConfirmVisitCommand(id, Confirm.AdvisorId, Times.FromLondon(Confirm.Date.Date, Confirm.StartTime), Times.FromLondon(Confirm.Date.Date, Confirm.EndTime)), "Confirm", cancellationToken, ConfirmFields);
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(id, new RecordVisitCommand(id, RecordText ?? string.Empty), string.Empty, cancellationToken, RecordFields);

    private static readonly Dictionary<string, string> RecordFields = new() { ["Record"] = nameof(RecordText) };

    public Task<IActionResult> OnPostRespondAsync(Guid id, bool agree, CancellationToken cancellationToken) =>
        SendAsync(id, new RespondToVisitCommand(id, agree, Comment), string.Empty, cancellationToken);

    private async Task<IActionResult> SendAsync<T>(Guid id, IRequest<T> command, string prefix, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        if (await this.SendFormAsync(mediator, command, prefix, string.Empty, cancellationToken, fieldMap: fieldMap))
        {
            return RedirectToPage();
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    public sealed class ConfirmInput
    {
        public Guid? AdvisorId { get; set; }

        public DateInput Date { get; set; } = new();

        public TimeOnly? StartTime { get; set; } = new(9, 0);

        public TimeOnly? EndTime { get; set; } = new(12, 0);
    }
}
