using System.Linq.Expressions;
using EqualityMark.ActionPlanning.Contracts;
using FluentValidation;

namespace EqualityMark.ActionPlanning.Features.Objectives;

/// <summary>The field rules a new and a changed objective share.</summary>
internal static class ObjectiveRules
{
    public static void Apply<T>(
        AbstractValidator<T> validator,
        Expression<Func<T, string>> title,
        Expression<Func<T, IReadOnlyList<GridCellRefDto>?>> cells,
        Expression<Func<T, string?>> sipReference,
        Expression<Func<T, string?>> sipPriority,
        Expression<Func<T, string>> successCriteria,
        Expression<Func<T, DateOnly?>> reviewOn)
    {
        validator.RuleFor(title).NotEmpty().WithMessage("Enter the objective").MaximumLength(200).WithMessage("Objective must be 200 characters or fewer");
        validator.RuleFor(cells).NotEmpty().WithMessage("Choose at least one cell of the summary grid that this objective addresses");
        validator.RuleFor(sipReference).MaximumLength(50).WithMessage("School Improvement Plan reference must be 50 characters or fewer");
        validator.RuleFor(sipPriority).MaximumLength(500).WithMessage("School Improvement Plan priority must be 500 characters or fewer");
        validator.RuleFor(successCriteria).NotEmpty().WithMessage("Enter how you will know the objective has been met")
            .MaximumLength(2000).WithMessage("Success criteria must be 2,000 characters or fewer");
        validator.RuleFor(reviewOn).NotNull().WithMessage("Enter a review date");
    }
}
