using System.Globalization;
using System.Linq.Expressions;
using EqualityMark.Accreditation.Features.Shared;
using FluentValidation;

namespace EqualityMark.Accreditation.Features.Rules;

/// <summary>Every choice made, and each number that applies within its range; the badges within the framework's count.</summary>
internal sealed class UpdateAwardRulesValidator : AbstractValidator<UpdateAwardRulesCommand>
{
    public UpdateAwardRulesValidator(BadgeCatalogue badges)
    {
        RuleFor(c => c.Version).NotNull().WithMessage("Give the version of the rules you changed, as read from them");
        RuleFor(c => c.AllBadges).NotNull().WithMessage("Select how many badges earn the Mark");
        RuleFor(c => c.BadgesForMark).NotNull().WithMessage("Enter the number of badges that earn the Mark")
            .CustomAsync(async (number, context, cancellationToken) =>
            {
                var count = (await badges.AllAsync(cancellationToken)).Count;
                if (number is { } n && (n < 1 || n > count))
                {
                    context.AddFailure($"The number of badges must be between 1 and {count.ToString(CultureInfo.InvariantCulture)}, the number of badges in your framework");
                }
            })
            .When(c => c.AllBadges == false);
        Years(c => c.WithinWindow, c => c.MarkWindowYears, "Select whether the badges must be achieved within a time limit",
            "Enter the number of years within which the badges must be achieved", "The time limit must be between 1 and 10 years");
        Years(c => c.BadgesExpire, c => c.BadgeValidityYears, "Select whether badges expire",
            "Enter how many years a badge is valid", "A badge's validity must be between 1 and 10 years");
        Years(c => c.MarkExpires, c => c.MarkValidityYears, "Select whether the Mark expires",
            "Enter how many years the Mark is valid", "The Mark's validity must be between 1 and 10 years");
        RuleFor(c => c.RenewalOpensMonthsBefore).NotNull().WithMessage("Enter how many months before a badge expires a school may start its renewal")
            .InclusiveBetween(0, 24).WithMessage("Months before a badge expires must be between 0 and 24");
    }

    /// <summary>A yes/no choice that must be made, and the number of years it reveals: 1 to 10 when chosen.</summary>
    private void Years(
        Expression<Func<UpdateAwardRulesCommand, bool?>> choice, Expression<Func<UpdateAwardRulesCommand, int?>> years, string select, string enter, string range)
    {
        var chosen = choice.Compile();
        RuleFor(choice).NotNull().WithMessage(select);
        RuleFor(years).NotNull().WithMessage(enter).InclusiveBetween(1, 10).WithMessage(range).When(c => chosen(c) == true);
    }
}
