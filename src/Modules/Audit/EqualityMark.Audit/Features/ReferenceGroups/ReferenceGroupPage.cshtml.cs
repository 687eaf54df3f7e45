using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Audit.Features.ReferenceGroups;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ReferenceGroupPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    public ReferenceGroupDto Group { get; private set; } = default!;

    public bool CanEdit => user.Role == Roles.SchoolCoordinator;

    /// <summary>After POST-redirect-GET: what was just done (?done=…) and to whom (?name=…).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? DoneTo { get; set; }

    public string? Banner => Done switch
    {
        "member-added" => $"{DoneTo} added to the reference group",
        "member-removed" => $"{DoneTo} removed from the reference group",
        _ => null,
    };

    [BindProperty]
    public MemberInput Member { get; set; } = new();

    [BindProperty]
    public MeetingInput Meeting { get; set; } = new();

    [BindProperty]
    public string? MeetingFrequency { get; set; }

    public static IEnumerable<SelectListItem> CategoryOptions =>
        [new("Choose who they are", string.Empty), .. Enum.GetValues<MemberCategory>().Select(c => new SelectListItem(MemberCategories.Name(c), c.ToString()))];

    private Guid SchoolId => user.SchoolId ?? School ?? Guid.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostMemberAsync(CancellationToken cancellationToken) =>
        SendAsync(new AddMemberCommand(SchoolId, Member.FullName ?? string.Empty, Member.Category, null), "Member", cancellationToken, done: "member-added", name: Member.FullName);

    public Task<IActionResult> OnPostFrequencyAsync(CancellationToken cancellationToken) =>
        SendAsync(new SetMeetingFrequencyCommand(SchoolId, MeetingFrequency ?? string.Empty), string.Empty, cancellationToken);

    public async Task<IActionResult> OnPostMeetingAsync(CancellationToken cancellationToken)
    {
        if (ModelState.ExplainUnrealDates(("Meeting.HeldOn", Meeting.HeldOn, "Date of the meeting")))
        {
            return await SendAsync(new LogMeetingCommand(SchoolId, Meeting.HeldOn.Date, Meeting.Attendees ?? string.Empty, Meeting.Notes ?? string.Empty), "Meeting", cancellationToken);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> SendAsync<T>(IRequest<T> command, string prefix, CancellationToken cancellationToken, string? done = null, string? name = null)
    {
        if (await this.SendFormAsync(mediator, command, prefix, string.Empty, cancellationToken))
        {
            return RedirectToPage(new { school = School, done, name });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Group = await mediator.Send(new GetReferenceGroupQuery(SchoolId), cancellationToken);
        MeetingFrequency ??= Group.MeetingFrequency;
    }

    public sealed class MemberInput
    {
        public string? FullName { get; set; }

        public MemberCategory? Category { get; set; }
    }

    public sealed class MeetingInput
    {
        public DateInput HeldOn { get; set; } = new();

        public string? Attendees { get; set; }

        public string? Notes { get; set; }
    }
}
