using System.Linq.Expressions;
using FluentValidation;

namespace EqualityMark.ActionPlanning.Features.Actions;

/// <summary>The field rules a new and a changed action share.</summary>
internal static class ActionRules
{
    public static void Apply<T>(
        AbstractValidator<T> validator,
        Expression<Func<T, string>> description,
        Expression<Func<T, Guid?>> owner,
        Expression<Func<T, DateOnly?>> startOn,
        Expression<Func<T, DateOnly?>> dueOn,
        Expression<Func<T, string?>> resources,
        Expression<Func<T, decimal?>> cost)
    {
        var start = startOn.Compile();
        validator.RuleFor(description).NotEmpty().WithMessage("Say what the action is").MaximumLength(500).WithMessage("Action must be 500 characters or fewer");
        validator.RuleFor(owner).NotNull().WithMessage("Choose who owns the action");
        validator.RuleFor(startOn).NotNull().WithMessage("Enter a start date");
        validator.RuleFor(dueOn).NotNull().WithMessage("Enter a due date")
            .Must((command, d) => start(command) is not { } s || d is not { } dd || dd >= s).WithMessage("Due date must be the same as or after the start date");
        validator.RuleFor(resources).MaximumLength(500).WithMessage("Resources must be 500 characters or fewer");
        validator.RuleFor(cost).InclusiveBetween(0m, 1_000_000m).WithMessage("Cost must be between £0 and £1,000,000")
            .Must(c => c is null || decimal.Round(c.Value, 2) == c.Value).WithMessage("Cost must be in pounds and pence, for example 150.00");
    }
}
