using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.ActionPlanning.Features.Actions;

/// <summary>What the new-action and change-action pages share: the fields, the people who may own an action, and how a form is sent.</summary>
public abstract class ActionFormPage(IMediator mediator) : PageModel
{
    public const string ConflictField = "Conflict";

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];

    public bool HasConflict => ModelState.TryGetValue(ConflictField, out var entry) && entry.Errors.Count > 0;

    protected IMediator Mediator => mediator;

    protected async Task LoadOwnersAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var people = await mediator.Send(new ListPeopleQuery(schoolId), cancellationToken);
        OwnerOptions = [new("Choose a person", string.Empty), .. people.Where(p => p.SchoolId == schoolId && p.Status != "Locked")
            .OrderBy(p => p.FullName).Select(p => new SelectListItem(p.FullName, p.Id.ToString()))];
    }

    /// <summary>Sends the command; reports a cost that is not a number and dates that are not real on their fields.</summary>
    protected async Task<T?> SendAsync<T>(IRequest<T> command, CancellationToken cancellationToken)
        where T : class
    {
        T? result = null;
        await this.SendFormAsync(mediator, command, "Input", ConflictField, cancellationToken, r => result = r,
            new Dictionary<string, string> { ["Cost"] = "Input.Cost", ["OwnerUserId"] = "Input.OwnerUserId" });
        ModelState.ExplainUnrealDates(Input.Dates);
        if (!Input.CostIsNumber)
        {
            ModelState.Remove("Input.Cost");
            ModelState.AddModelError("Input.Cost", "Cost must be an amount in pounds, for example 150.00");
            return null;
        }

        return ModelState.IsValid ? result : null;
    }
}
